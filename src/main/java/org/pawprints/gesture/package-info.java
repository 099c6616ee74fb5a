/**
 * Practice between sessions, the small gestures of steps three, four and six: bids turned toward,
 * appreciation notes to the partner, and repair attempts. Each log belongs to its author and is
 * read only through caller-scoped services; a partner sees a bid only when its author chose so, and
 * an appreciation note only when it is addressed to them. Facilitators and administrators never
 * read any of it.
 */
package org.pawprints.gesture;
