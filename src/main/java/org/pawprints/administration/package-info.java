/**
 * What administrators use to look after Pawprints: the audit log and the mail outbox (and, in later
 * issues, people, cohorts, content and reports). Every page sits under {@code /admin/}, which
 * web.xml opens to the ADMIN role only; the services check the role again.
 */
package org.pawprints.administration;
