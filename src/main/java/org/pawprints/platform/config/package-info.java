/** Settings read through MicroProfile Config, each with a safe default. */
package org.pawprints.platform.config;
