/**
 * Did it help? (issue 15, part 5). A short closeness questionnaire that each participant answers
 * privately at three waves of their cohort (its start, its end, and a follow-up reached by a mailed
 * link), and an outcomes report for the cohort's facilitators and administrators: response rates,
 * mean change with its spread, and the share whose score rose, never one person's answers.
 * Administrators may replace the questions with an instrument they hold the rights to; every answer
 * keeps pointing at the version it was given. Nothing below this feature depends on it.
 */
package org.pawprints.outcomes;
