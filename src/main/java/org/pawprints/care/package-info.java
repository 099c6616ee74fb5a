/**
 * Care (issue 15): what keeps a participant safe and supported while the couples work goes on. Help
 * one tap away (the help page administrators keep, linked from every page) and quick exit (a button
 * and a key that leave Pawprints at once and sign out) live here; the private safety check, nudges
 * and outcomes add their own parts. Built on couples and live sessions; nothing below depends on
 * it.
 */
package org.pawprints.care;
