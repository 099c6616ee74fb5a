package org.pawprints.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pawprints.curriculum.application.StepCatalog;
import org.pawprints.curriculum.application.StepOverview;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.domain.Person;
import org.pawprints.notification.domain.Notification;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.i18n.Messages;

/**
 * Turns notifications into sentences in the reader's language: {@code notification.kind.<KIND>}
 * with the actor's display name ({0}) and the module the detail names ({1}). Used by the bell's
 * page and by the weekly digest, so both say the same thing. Nothing here reads what anyone wrote:
 * a notification holds only a kind, a person and a step slug.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NotificationSentences {

  @Inject Accounts accounts;
  @Inject ModuleCatalog modules;
  @Inject StepCatalog steps;

  /** Each notification as a line, in order; names and titles are looked up once per call. */
  public List<NotificationLine> lines(List<Notification> notifications, Language language) {
    Map<Long, String> names = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    return notifications.stream()
        .map(
            n ->
                new NotificationLine(
                    n.getId(),
                    Messages.get(
                        language,
                        "notification.kind." + n.getKind().name(),
                        actor(n.getActorId(), language, names),
                        module(n.getDetail(), language, titles)),
                    link(n.getLink()),
                    n.isUnread(),
                    n.getCreatedAt()))
        .toList();
  }

  private String actor(Long actorId, Language language, Map<Long, String> names) {
    String name =
        actorId == null
            ? null
            : names.computeIfAbsent(
                actorId,
                id ->
                    accounts
                        .find(id)
                        .filter(p -> !p.isErased())
                        .map(Person::getDisplayName)
                        .orElse(""));
    return name == null || name.isBlank() ? Messages.get(language, "notification.someone") : name;
  }

  /** "“Gentle start-up”" for a step slug, or "a module" when the detail names none. */
  private String module(String detail, Language language, Map<String, String> titles) {
    String title =
        detail == null ? "" : titles.computeIfAbsent(detail, d -> titleOf(d, language).orElse(""));
    return title.isEmpty()
        ? Messages.get(language, "notification.aModule")
        : Messages.get(language, "notification.module", title);
  }

  private Optional<String> titleOf(String detail, Language language) {
    // A feature may add the place inside the step (slug/exercise or slug#exercise).
    String slug = detail.split("[/#?:]", 2)[0];
    return modules
        .module(slug, language)
        .map(ModuleView::getTitle)
        .or(() -> steps.step(slug, language).map(StepOverview::getTitle));
  }

  /** Only plain paths inside Pawprints become links; anything else is shown without one. */
  private static String link(String link) {
    boolean local =
        link != null
            && link.startsWith("/")
            && !link.startsWith("//")
            && link.chars().noneMatch(c -> c == '\\' || Character.isWhitespace(c) || c < 0x20);
    return local ? link : null;
  }
}
