/**
 * What time it is, asked of one bean ({@link org.pawprints.platform.time.ServerClock}) so that
 * in-container tests can move it forward (days of inactivity in a second).
 */
package org.pawprints.platform.time;
