package org.pawprints.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.notification.application.Notifications;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.web.CurrentLanguage;

/** The bell in the header of every page for signed-in people: one count query per page, at most. */
@Named
@RequestScoped
public class NotificationBell {

  /** Past this, the badge says "99+": a number that long would crowd a phone's header. */
  static final int MAX_SHOWN = 99;

  @Inject AccessPolicy access;
  @Inject Notifications notifications;
  @Inject CurrentLanguage language;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      // Asked afresh, not through CurrentUser: an error page dispatched after a signed-in request
      // (a 404 from a page's view action) runs without the caller, and then shows no count.
      unread = access.viewer().isSignedIn() ? notifications.unreadCount() : 0L;
    }
    return unread;
  }

  public String getBadge() {
    return getUnread() > MAX_SHOWN ? MAX_SHOWN + "+" : String.valueOf(getUnread());
  }

  /** "Notifications, 3 unread": what a screen reader says for the bell. */
  public String getLabel() {
    return Messages.get(language.getLanguage(), "notification.bell.label", getUnread());
  }
}
