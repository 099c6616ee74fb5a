/**
 * Care's records and rules that need no container: follow-up items, safety checks, the help page's
 * entries and their checks.
 */
package org.pawprints.care.domain;
