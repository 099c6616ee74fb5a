package org.pawprints.curriculum.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.pawprints.curriculum.content.domain.ModuleContentRepository;
import org.pawprints.curriculum.content.domain.ModuleContentVersion;
import org.pawprints.curriculum.content.domain.ModuleDocumentReader;
import org.pawprints.platform.i18n.Language;

/**
 * The modules as participants read them: the current version of each step's module, in one
 * language, ready for a page. No access rules here: module content is the same for everyone
 * enrolled, and pages decide who reaches it.
 *
 * <p>Every page reads modules and they rarely change, so both halves are kept in memory. The parsed
 * view of a version is kept by version id, which is safe because a version never changes once
 * written. Which version is current is kept per language until a new version is published: {@link
 * ModuleVersions#publish} fires {@link ModulesPublished}, and once that transaction commits this
 * catalogue forgets the current versions and reads them again on the next call ({@link
 * #forgetCurrentVersions()} does the same for any other writer, such as a content editor). On a
 * cluster each server keeps its own catalogue: a publish reaches the other servers only when the
 * event is carried to them (for example as a Payara clustered CDI event).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ModuleCatalog {

  /** Far above 7 modules in 2 languages; reached only after many new versions, then refilled. */
  private static final int CACHED_VERSIONS = 100;

  @Inject ModuleContentRepository repository;

  private final Map<Long, ModuleView> views = new ConcurrentHashMap<>();
  private final Map<Language, List<ModuleView>> current = new ConcurrentHashMap<>();

  /** Counts the times the current versions were forgotten, so a read begun before is not kept. */
  private final AtomicLong generation = new AtomicLong();

  /** The current module of every step that has one, in step order. */
  public List<ModuleSummary> modules(Language language) {
    return currentModules(language).stream().map(ModuleSummary::new).toList();
  }

  /** The current module of a step, by the step's slug; empty for an unknown slug. */
  public Optional<ModuleView> module(String slug, Language language) {
    Objects.requireNonNull(language);
    if (slug == null || slug.isBlank() || slug.length() > 80) {
      return Optional.empty();
    }
    return currentModules(language).stream().filter(m -> m.getSlug().equals(slug)).findFirst();
  }

  /** Reads the current versions again on the next call (after a new version is stored). */
  public void forgetCurrentVersions() {
    generation.incrementAndGet();
    current.clear();
  }

  void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModulesPublished event) {
    forgetCurrentVersions();
  }

  private List<ModuleView> currentModules(Language language) {
    Objects.requireNonNull(language);
    List<ModuleView> known = current.get(language);
    if (known != null) {
      return known;
    }
    // Read outside computeIfAbsent: loading queries the database, and two first callers at once
    // only do the same work twice. A read that a publish overtook is used once, never kept.
    long before = generation.get();
    List<ModuleView> loaded =
        repository.currentVersionIds(language).stream().map(this::view).toList();
    if (generation.get() == before) {
      current.put(language, loaded);
      if (generation.get() != before) {
        current.remove(language, loaded);
      }
    }
    return loaded;
  }

  private ModuleView view(long versionId) {
    ModuleView cached = views.get(versionId);
    if (cached != null) {
      return cached;
    }
    ModuleContentVersion version = repository.findVersion(versionId).orElseThrow();
    ModuleView view =
        new ModuleView(
            ModuleDocumentReader.readValid(version.describe(), version.getContentJson()),
            version.getVersionNo());
    if (views.size() >= CACHED_VERSIONS) {
      views.clear();
    }
    views.put(versionId, view);
    return view;
  }
}
