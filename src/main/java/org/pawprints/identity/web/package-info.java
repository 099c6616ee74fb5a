/**
 * Sign-in, sign-out, first-administrator setup, password reset and the profile page; {@code
 * CurrentUser} and {@code NewAccountForm} are the page parts other features' pages share.
 */
package org.pawprints.identity.web;
