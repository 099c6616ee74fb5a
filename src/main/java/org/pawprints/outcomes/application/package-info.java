/**
 * What people do with the questionnaire: a participant answers for themselves ({@code
 * Questionnaires}), an administrator saves a new version ({@code ItemSets}), a cohort's
 * facilitators read the figures ({@code OutcomesReport}, {@code OutcomesCsv}), and a nightly job
 * mails the follow-up links ({@code FollowUpInvitations}).
 */
package org.pawprints.outcomes.application;
