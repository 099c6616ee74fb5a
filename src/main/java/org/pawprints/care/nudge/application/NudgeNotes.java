package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.pawprints.care.nudge.domain.NudgeReason;
import org.pawprints.identity.application.PublicAddress;
import org.pawprints.identity.domain.Person;
import org.pawprints.notification.application.Notifications;
import org.pawprints.notification.domain.NotificationKind;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.mail.MailOutbox;

/**
 * The nudge itself: a line in the person's bell and, if they chose it, a short mail in their
 * language. Both are warm and small, name no partner and no score, and point to the person's own
 * space: the reason shapes the sentence, never a reproach (see {@code nudge.*} in the bundles).
 */
@ApplicationScoped
public class NudgeNotes {

  static final String MY_SPACE = "/my/index.xhtml";
  static final String PROFILE = "/account/profile.xhtml";

  /** A sharp drop in a check-in may mean a hard week: that note leads to the help page. */
  static final String HELP = "/help.xhtml";

  @Inject Notifications notifications;
  @Inject NudgeEmail email;
  @Inject MailOutbox outbox;

  /** {@code step} names a module for the pace nudge (a slug), else null. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void send(Person person, NudgeReason reason, String step) {
    NotificationKind kind = NotificationKind.valueOf("NUDGE_" + reason.name());
    String where = reason == NudgeReason.CHECK_IN_DROP ? HELP : MY_SPACE;
    notifications.notify(person.getId(), kind, null, step, where);
    if (email.allows(person.getId())) {
      String key = "nudge.mail." + reason.name();
      outbox.queue(
          person.getEmail(),
          Messages.get(person.getLanguage(), key + ".subject"),
          Messages.get(
              person.getLanguage(),
              "nudge.mail.body",
              person.getDisplayName(),
              Messages.get(person.getLanguage(), key + ".text"),
              PublicAddress.link(MY_SPACE),
              PublicAddress.link(PROFILE)));
    }
  }
}
