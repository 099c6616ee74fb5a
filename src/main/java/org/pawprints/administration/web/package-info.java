/** Administrators' pages: people, one person, the audit log and the mail outbox. */
package org.pawprints.administration.web;
