/**
 * Identity use cases: accounts, sign-in and its throttle, one-time links, the {@code AccessPolicy}
 * every service asks, and "download my data", which collects one {@code MyDataPart} from each
 * feature that keeps something about a person.
 */
package org.pawprints.identity.application;
