/**
 * Care (issue 15): what keeps a participant safe and looked after. A private safety check that only
 * its author sees; the individual track, on which couple features quietly pause for a person; and
 * the facilitator's private follow-up list ("check in privately with X"), which names a reason,
 * never a participant's words. Builds on couple and live; nothing below depends on it.
 */
package org.pawprints.care;
