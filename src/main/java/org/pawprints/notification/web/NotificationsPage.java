package org.pawprints.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.pawprints.notification.application.NotificationLine;
import org.pawprints.notification.application.NotificationSentences;
import org.pawprints.notification.application.Notifications;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.web.CurrentLanguage;

/**
 * My notifications, newest first. Opening the page marks them read, after noting which were new so
 * that this one view still shows them as new. It takes no parameter: it only ever shows the
 * signed-in person's own.
 */
@Named
@RequestScoped
public class NotificationsPage {

  @Inject Notifications notifications;
  @Inject NotificationSentences sentences;
  @Inject CurrentLanguage language;

  private List<Row> rows = List.of();

  public void load() {
    Language lang = language.getLanguage();
    List<NotificationLine> lines = sentences.lines(notifications.mine(), lang);
    Instant now = Instant.now();
    rows = lines.stream().map(line -> new Row(line, ago(line.getCreatedAt(), now, lang))).toList();
    if (lines.stream().anyMatch(NotificationLine::isUnread)) {
      notifications.markReadUpTo(lines.get(0).getCreatedAt());
    }
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
