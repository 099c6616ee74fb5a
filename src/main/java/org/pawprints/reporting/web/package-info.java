/** The cohort progress page and the answers participants chose to share with their facilitators. */
package org.pawprints.reporting.web;
