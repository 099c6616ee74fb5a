/**
 * Care (issue 15): what keeps a participant safe and supported while the couples work goes on. Help
 * one tap away (the help page administrators keep, linked from every page) and quick exit (a button
 * and a key that leave Pawprints at once and sign out); a private safety check that only its author
 * sees; the facilitator's private follow-up list ("check in privately with X"), which names a
 * reason, never a participant's words; and gentle nudges. The individual track's fact lives in
 * couple. Built on couples and live sessions; nothing below depends on it.
 */
package org.pawprints.care;
