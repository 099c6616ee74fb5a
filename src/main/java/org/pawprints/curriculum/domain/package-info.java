/** The workshop program and its seven steps. */
package org.pawprints.curriculum.domain;
