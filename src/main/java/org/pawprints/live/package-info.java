/**
 * Live sessions: a facilitator leads a cohort's meeting and every phone follows in real time. Built
 * on cohorts (who may join), modules (slides and quiz questions) and couples (couple exercises, the
 * floor). The default session plans of the seven steps are in {@code content/session-plans}.
 */
package org.pawprints.live;
