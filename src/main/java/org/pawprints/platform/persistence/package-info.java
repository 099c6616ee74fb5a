/** The data source, Flyway migrations at startup, and JPA converters shared by all features. */
package org.pawprints.platform.persistence;
