/**
 * Care's use cases: the follow-up list for a cohort's facilitators, the safety check for the
 * signed-in person, and the help page (read by anyone, kept by administrators: every change checked
 * by {@code HelpLineRules} and {@code AccessPolicy}).
 */
package org.pawprints.care.application;
