/** A cohort's nudge rules, the nudges themselves and the rules that need no container. */
package org.pawprints.care.nudge.domain;
