package org.pawprints.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.pawprints.notification.application.NotificationLine;
import org.pawprints.notification.application.NotificationSentences;
import org.pawprints.notification.application.Notifications;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.web.CurrentLanguage;

/**
 * My notifications, newest first. Opening the page (a GET) changes nothing: link previews,
 * prefetching browsers and a forged image tag must not clear someone's bell. "Mark as read" is a
 * POST that marks read what the page showed, up to its newest line; one that arrived since stays
 * new. It only ever shows and marks the signed-in person's own.
 */
@Named
@RequestScoped
public class NotificationsPage {

  @Inject Notifications notifications;
  @Inject NotificationSentences sentences;
  @Inject CurrentLanguage language;

  private List<Row> rows = List.of();
  private String upTo;

  public void load() {
    Language lang = language.getLanguage();
    List<NotificationLine> lines = sentences.lines(notifications.mine(), lang);
    Instant now = Instant.now();
    rows = lines.stream().map(line -> new Row(line, ago(line.getCreatedAt(), now, lang))).toList();
    upTo = lines.isEmpty() ? null : lines.get(0).getCreatedAt().toString();
  }

  /** The POST of "Mark as read": everything up to the newest line the page showed. */
  public String markRead() {
    try {
      if (upTo != null) {
        notifications.markReadUpTo(Instant.parse(upTo));
      }
    } catch (DateTimeParseException notATime) {
      // A tampered form marks nothing.
    }
    return "/account/notifications.xhtml?faces-redirect=true";
  }

  /** When the newest line shown was created; posted back by "Mark as read". */
  public String getUpTo() {
    return upTo;
  }

  public void setUpTo(String upTo) {
    this.upTo = upTo;
  }

  public List<Row> getRows() {
    return rows;
  }

  public long getNewCount() {
    return rows.stream().filter(Row::isUnread).count();
  }

  /** "5 minutes ago", "Yesterday": no time zone to get wrong. */
  static String ago(Instant then, Instant now, Language language) {
    Duration since = Duration.between(then, now);
    if (since.toMinutes() < 1) {
      return Messages.get(language, "notification.when.now");
    }
    if (since.toHours() < 1) {
      return Messages.get(language, "notification.when.minutes", since.toMinutes());
    }
    if (since.toDays() < 1) {
      return Messages.get(language, "notification.when.hours", since.toHours());
    }
    return Messages.get(language, "notification.when.days", since.toDays());
  }

  /** One line on the page. */
  public static final class Row {
    private final NotificationLine line;
    private final String when;

    Row(NotificationLine line, String when) {
      this.line = line;
      this.when = when;
    }

    public Long getId() {
      return line.getId();
    }

    public String getSentence() {
      return line.getSentence();
    }

    public String getLink() {
      return line.getLink();
    }

    public boolean isUnread() {
      return line.isUnread();
    }

    public String getWhen() {
      return when;
    }

    /** For the {@code datetime} attribute of {@code <time>}. */
    public String getTimestamp() {
      return line.getCreatedAt().toString();
    }
  }
}
