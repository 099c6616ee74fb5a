/**
 * What administrators use to look after Pawprints: people, the audit log and the mail outbox
 * (cohorts and reports are their own features' pages under {@code /admin/}). Every page sits under
 * {@code /admin/}, which web.xml opens to the ADMIN role only; the services check the role again.
 */
package org.pawprints.administration;
