/** The daily sweep, what counts as activity, sending a nudge, the rules and email choices. */
package org.pawprints.care.nudge.application;
