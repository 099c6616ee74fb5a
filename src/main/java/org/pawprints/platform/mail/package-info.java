/**
 * Outgoing mail. Every message is written to the outbox table first and sent from there, so no mail
 * is lost when SMTP is not configured or is down; administrators can read held messages.
 */
package org.pawprints.platform.mail;
