/**
 * Care's use cases: reading the help page for anyone, and keeping it for administrators (every
 * change checked by {@code HelpLineRules} and {@code AccessPolicy}).
 */
package org.pawprints.care.application;
