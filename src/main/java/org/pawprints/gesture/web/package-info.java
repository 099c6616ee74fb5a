/** The practice page and its logs: bids, appreciation notes, repair attempts. */
package org.pawprints.gesture.web;
