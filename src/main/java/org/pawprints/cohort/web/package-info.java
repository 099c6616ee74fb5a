/** Faces pages for administrators, facilitators and invited people. */
package org.pawprints.cohort.web;
