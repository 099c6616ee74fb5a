/**
 * Who someone is and what they may do: people and their roles, sign-in with Jakarta Security,
 * one-time links (first administrator, password reset), profiles and "download my data".
 */
package org.pawprints.identity;
