/** MicroProfile health checks: the application is live, the database is ready. */
package org.pawprints.platform.health;
