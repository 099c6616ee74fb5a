/**
 * The security audit log: who did what to whom, when, and from which address. Never passwords,
 * tokens or anything a participant wrote.
 */
package org.pawprints.platform.audit;
