/**
 * Live sessions' pages: the facilitator's control and presenter screens, the participant's phone,
 * joining by code, the "live now" card of the dashboard, scheduling and the agenda editor. Screens
 * follow the session through one Faces push channel, {@code live}, targeted at people: a push says
 * only "session S is at version V" ({@link org.pawprints.live.web.LivePush}); the page then fetches
 * its state by ajax, through the services' own checks.
 */
package org.pawprints.live.web;
