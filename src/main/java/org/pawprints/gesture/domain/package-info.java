/** Bids, appreciation notes and repair attempts, each owned by its author. */
package org.pawprints.gesture.domain;
