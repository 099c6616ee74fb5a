/**
 * The default session plans: one per step and language, shipped as JSON files under {@code
 * content/session-plans}, read and checked once, and offered to the facilitator as the starting
 * agenda of a live session. Plain values and a catalogue; nothing here touches the database, so a
 * plan can be read and checked without a server.
 */
package org.pawprints.live.plan;
