/**
 * Rituals of connection, between sessions: the rituals each partner planned in the ritual planner
 * of the {@code rituals-of-connection} module become a weekly tracker. Each partner ticks their own
 * rituals day by day; the partner's rituals and ticks appear once the planner answers are revealed
 * (see {@code couple.application.AnswerVisibility}); streaks count the weeks in a row a ritual was
 * kept as planned.
 */
package org.pawprints.ritual;
