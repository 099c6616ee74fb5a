/**
 * The caller-scoped tracker service: reads the caller's plan, the partner's plan only when the
 * visibility rule allows, and records or undoes the caller's own ticks.
 */
package org.pawprints.ritual.application;
