/**
 * The data source, Flyway migrations at startup, JPA converters shared by all features, and {@code
 * UniqueKeyRace}, the one "try once more after losing a race on a unique key".
 */
package org.pawprints.platform.persistence;
