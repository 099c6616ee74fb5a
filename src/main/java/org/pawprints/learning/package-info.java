/**
 * What a participant does in the seven guided modules: answers to exercises (autosaved, every edit
 * kept), quiz attempts with scores, and progress ("continue where I left off"). Answers are
 * private: services load only the signed-in participant's own, through {@code AccessPolicy}; a
 * partner's answer to a shared exercise is read only through {@code couple}'s {@code Reveals},
 * which asks {@code AnswerVisibility}.
 */
package org.pawprints.learning;
