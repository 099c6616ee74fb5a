package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.CoupleRoomRepository;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.live.domain.LiveShare;
import org.pawprints.live.domain.LiveShareConsent;
import org.pawprints.platform.refusal.Refusal;

/**
 * A couple's words reach the room only if both partners consent to a preview of exactly what will
 * be shown. Each consent names the fingerprint of the text its giver read: a changed text voids
 * every consent given before; either partner can withdraw until the facilitator shows it. The
 * facilitator sees an offer only once both consented to the text as it is, and shows it then.
 */
@ApplicationScoped
@Transactional
public class CoupleConsent {

  /** The offer as one partner's phone shows it. */
  public record ShareView(
      String text,
      String fingerprint,
      boolean iConsented,
      boolean partnerConsented,
      boolean shown,
      boolean solo) {

    public boolean ready() {
      return iConsented && (solo || partnerConsented);
    }
  }

  /** An offer both partners consented to, for the facilitator to show (no names). */
  public record ReadyShare(long id, String text, boolean shown) {}

  @Inject RoomCouples couples;
  @Inject CoupleRoomRepository rows;
  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject Event<LiveChanged> roomChanged;

  Clock clock = Clock.systemUTC();

  /** Offers (or changes) the text; my own consent to it is given at once, my partner's voided. */
  public void propose(long sessionId, long activityId, String text) {
    LiveSession session = couples.asParticipant(sessionId);
    LiveActivity activity = couples.onScreen(session, activityId, ActivityKind.COUPLE_EXERCISE);
    String content = text == null ? "" : text.strip();
    if (content.isEmpty()) {
      throw new Refusal("live.share.empty");
    }
    if (content.length() > LiveShare.MAX_TEXT) {
      throw new Refusal("live.share.tooLong", LiveShare.MAX_TEXT);
    }
    RoomUnit unit = couples.myUnit(session);
    sessions.findLocked(sessionId);
    LiveShare share = rows.share(activity.getId(), unit.key()).orElse(null);
    if (share != null && share.isShown()) {
      throw new Refusal("live.share.alreadyShown");
    }
    if (share == null) {
      share =
          rows.add(new LiveShare(activity.getId(), unit.key(), unit.me(), unit.partner(), content));
    } else if (!share.getContent().equals(content)) {
      share.propose(content);
      rows.consents(share.getId()).forEach(rows::remove);
    }
    giveConsent(share, unit.me());
    couples.tell(session, unit);
  }

  /** I consent to the preview I read ({@code fingerprint}); a text changed since is refused. */
  public void consent(long sessionId, long activityId, String fingerprint) {
    LiveSession session = couples.asParticipant(sessionId);
    LiveActivity activity = couples.onScreen(session, activityId, ActivityKind.COUPLE_EXERCISE);
    RoomUnit unit = couples.myUnit(session);
    sessions.findLocked(sessionId);
    LiveShare share =
        rows.share(activity.getId(), unit.key())
            .orElseThrow(() -> new Refusal("live.share.changed"));
    if (!share.getFingerprint().equals(fingerprint)) {
      throw new Refusal("live.share.changed");
    }
    if (share.isShown()) {
      throw new Refusal("live.share.alreadyShown");
    }
    giveConsent(share, unit.me());
    couples.tell(session, unit);
  }

  /** I take my consent back (until shown); the offer then waits for me again. */
  public void withdraw(long sessionId, long activityId) {
    LiveSession session = couples.asParticipant(sessionId);
    LiveActivity activity = couples.onScreen(session, activityId, ActivityKind.COUPLE_EXERCISE);
    RoomUnit unit = couples.myUnit(session);
    sessions.findLocked(sessionId);
    LiveShare share = rows.share(activity.getId(), unit.key()).orElse(null);
    if (share == null) {
      return;
    }
    if (share.isShown()) {
      throw new Refusal("live.share.alreadyShown");
    }
    rows.consents(share.getId()).stream()
        .filter(c -> c.getPersonId() == unit.me())
        .forEach(rows::remove);
    couples.tell(session, unit);
  }

  public Optional<ShareView> mine(long sessionId) {
    LiveSession session = couples.asParticipant(sessionId);
    return mine(couples.myUnit(session), couples.current(session));
  }

  Optional<ShareView> mine(RoomUnit unit, LiveActivity activity) {
    if (activity == null || activity.getKind() != ActivityKind.COUPLE_EXERCISE) {
      return Optional.empty();
    }
    return rows.share(activity.getId(), unit.key())
        .map(
            share -> {
              Set<Long> yes = consentedToThisText(share);
              return new ShareView(
                  share.getContent(),
                  share.getFingerprint(),
                  yes.contains(unit.me()),
                  !unit.solo() && yes.contains(unit.partner()),
                  share.isShown(),
                  unit.solo());
            });
  }

  /** The facilitator shows a ready offer to the room (checked again: both still consent). */
  public void show(long sessionId, long shareId) {
    LiveSession session = access.toControl(sessionId);
    LiveActivity activity = couples.current(session);
    LiveShare share =
        rows.share(shareId)
            .filter(s -> activity != null && s.getActivityId().equals(activity.getId()))
            .orElseThrow(LiveAccess::notYours);
    if (!ready(share)) {
      throw new Refusal("live.share.notReady");
    }
    share.show(clock.instant());
    session.changed();
    roomChanged.fire(new LiveChanged(session.getId(), session.getVersion(), false));
  }

  /** The offers of this activity both partners consented to, as they now read. */
  List<ReadyShare> ready(LiveActivity activity) {
    return rows.shares(activity.getId()).stream()
        .filter(this::ready)
        .map(s -> new ReadyShare(s.getId(), s.getContent(), s.isShown()))
        .toList();
  }

  /** What the room (presenter and phones) may read: the offers shown. */
  List<String> shown(LiveActivity activity) {
    return rows.shares(activity.getId()).stream()
        .filter(LiveShare::isShown)
        .map(LiveShare::getContent)
        .toList();
  }

  private boolean ready(LiveShare share) {
    Set<Long> yes = consentedToThisText(share);
    return yes.contains(share.getProposedBy())
        && (share.getPartnerId() == null || yes.contains(share.getPartnerId()));
  }

  private Set<Long> consentedToThisText(LiveShare share) {
    return rows.consents(share.getId()).stream()
        .filter(c -> c.getFingerprint().equals(share.getFingerprint()))
        .map(LiveShareConsent::getPersonId)
        .collect(Collectors.toSet());
  }

  private void giveConsent(LiveShare share, long me) {
    rows.consents(share.getId()).stream().filter(c -> c.getPersonId() == me).forEach(rows::remove);
    rows.flush();
    rows.add(new LiveShareConsent(share.getId(), me, share.getFingerprint(), clock.instant()));
  }
}
