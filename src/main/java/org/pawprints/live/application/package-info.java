/**
 * Live sessions' use cases, each checked against the database on every call ({@link
 * org.pawprints.live.application.LiveAccess}): facilitators of the cohort (and administrators)
 * control, the cohort's participants join and answer, nobody else sees anything. Every change fires
 * {@link org.pawprints.live.application.LiveChanged}, which the web layer turns into a push.
 */
package org.pawprints.live.application;
