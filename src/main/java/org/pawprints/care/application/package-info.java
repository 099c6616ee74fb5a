/**
 * The follow-up list for a cohort's facilitators, and the safety check for the signed-in person.
 */
package org.pawprints.care.application;
