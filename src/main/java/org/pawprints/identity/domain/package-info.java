/** People, roles, e-mail addresses, one-time tokens and the sign-in throttle rule. */
package org.pawprints.identity.domain;
