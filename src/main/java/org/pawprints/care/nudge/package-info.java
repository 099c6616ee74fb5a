/**
 * Gentle nudges (issue 15, part 4): when a participant falls behind (no activity for N days, behind
 * the cohort's pace, missed a live session, a weekly check-in dropped sharply), a warm note in the
 * app and, if they allow it, by email; if nothing changes after M more days, the facilitator's
 * follow-up list gets an item with the reason code. Never the partner's name, never anyone's words.
 */
package org.pawprints.care.nudge;
