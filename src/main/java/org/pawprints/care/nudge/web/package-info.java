/** The cohort's nudge settings page and the nudge-email choice on the profile page. */
package org.pawprints.care.nudge.web;
