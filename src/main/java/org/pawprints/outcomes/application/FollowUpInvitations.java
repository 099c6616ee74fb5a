package org.pawprints.outcomes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.identity.application.OneTimeTokens;
import org.pawprints.identity.application.PublicAddress;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.PersonRepository;
import org.pawprints.identity.domain.Role;
import org.pawprints.outcomes.domain.FollowUpLink;
import org.pawprints.outcomes.domain.OutcomeRepository;
import org.pawprints.outcomes.domain.Wave;
import org.pawprints.outcomes.domain.Waves;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.mail.MailOutbox;

/**
 * Mails the follow-up questionnaire: once the follow-up of a cohort is open ({@link Waves}), each
 * active participant member who has neither been sent a link for it nor answered it gets one
 * message, in their language, with a link of their own. The link's secret goes out in that mail and
 * nowhere else (the outbox withholds it from staff, and it is never logged); only its hash is kept.
 * One link per person and cohort, ever: a lost mail is made up for by the dashboard, which offers
 * the follow-up too while it is open.
 */
@ApplicationScoped
public class FollowUpInvitations {

  /** Where the link leads; the parameter is named {@code token} so the outbox withholds it. */
  static final String PAGE = "/my/outcomes.xhtml?token=";

  @Inject CohortRepository cohorts;
  @Inject PersonRepository people;
  @Inject OutcomeRepository store;
  @Inject MailOutbox outbox;

  /** Sends the links due at this moment; returns how many. */
  @Transactional
  public int inviteDue(Instant now) {
    int sent = 0;
    for (Cohort cohort : cohorts.list(true)) {
      if (cohort.getEndsOn() == null) {
        continue;
      }
      LocalDate today = LocalDate.ofInstant(now, ZoneId.of(cohort.getTimeZone()));
      if (Waves.openOn(today, cohort.getStartsOn(), cohort.getEndsOn())
          .filter(w -> w == Wave.FOLLOW_UP)
          .isEmpty()) {
        continue;
      }
      Set<Long> already = store.linkSentTo(cohort.getId());
      for (long member : cohorts.memberIds(cohort.getId())) {
        if (already.contains(member)
            || store.response(member, cohort.getId(), Wave.FOLLOW_UP).isPresent()) {
          continue;
        }
        Person person = people.find(member).orElse(null);
        if (person == null
            || !person.isActive()
            || person.isErased()
            || !person.getRoles().contains(Role.PARTICIPANT)) {
          continue;
        }
        mail(person, cohort, now);
        sent++;
      }
    }
    return sent;
  }

  private void mail(Person person, Cohort cohort, Instant now) {
    String secret = OneTimeTokens.newSecret();
    store.add(new FollowUpLink(OneTimeTokens.hash(secret), person.getId(), cohort.getId(), now));
    String link = PublicAddress.link(PAGE + secret);
    outbox.queue(
        person.getEmail(),
        Messages.get(person.getLanguage(), "outcomes.mail.subject"),
        Messages.get(
            person.getLanguage(),
            "outcomes.mail.body",
            person.getDisplayName(),
            link,
            Waves.FOLLOW_UP_OPEN_DAYS),
        link,
        secret);
  }
}
