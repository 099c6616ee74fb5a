/** Notifications (a kind, who caused it, where to look; never words) and digest subscriptions. */
package org.pawprints.notification.domain;
