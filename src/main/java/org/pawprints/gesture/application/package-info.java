/** Caller-scoped services for bids, appreciation notes and repairs, and their part of "my data". */
package org.pawprints.gesture.application;
