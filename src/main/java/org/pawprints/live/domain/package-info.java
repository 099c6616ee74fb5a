/** What a live session is: its agenda, its state and what the room answered. */
package org.pawprints.live.domain;
