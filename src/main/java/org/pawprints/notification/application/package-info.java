/** Recording notifications, reading one's own, and the weekly digest mail and its job. */
package org.pawprints.notification.application;
