/**
 * What happened for a person, shown by the bell: a partner joined, a reveal is ready, a partner
 * appreciated you, a partner finished a module. Features record events through {@link
 * org.pawprints.notification.application.Notifications}; a notification names a kind, who caused it
 * and where to look, never what anyone wrote.
 */
package org.pawprints.notification;
