package org.pawprints.curriculum.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pawprints.curriculum.content.domain.ModuleContentRepository;
import org.pawprints.curriculum.content.domain.ModuleContentVersion;
import org.pawprints.curriculum.content.domain.ModuleDocumentReader;
import org.pawprints.platform.i18n.Language;

/**
 * The modules as participants read them: the current version of each step's module, in one
 * language, ready for a page. No access rules here: module content is the same for everyone
 * enrolled, and pages decide who reaches it.
 *
 * <p>Each call asks the database which version is current (one small query), so a newly published
 * version shows at once on every server; the parsed and rendered view of a version is kept in
 * memory, which is safe because a version never changes once written.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ModuleCatalog {

  /** Far above 7 modules in 2 languages; reached only after many new versions, then refilled. */
  private static final int CACHED_VERSIONS = 100;

  @Inject ModuleContentRepository repository;

  private final Map<Long, ModuleView> views = new ConcurrentHashMap<>();

  /** The current module of every step that has one, in step order. */
  public List<ModuleSummary> modules(Language language) {
    Objects.requireNonNull(language);
    return repository.currentVersionIds(language).stream()
        .map(this::view)
        .map(ModuleSummary::new)
        .toList();
  }

  /** The current module of a step, by the step's slug; empty for an unknown slug. */
  public Optional<ModuleView> module(String slug, Language language) {
    Objects.requireNonNull(language);
    if (slug == null || slug.isBlank() || slug.length() > 80) {
      return Optional.empty();
    }
    return repository.currentVersionId(slug, language).map(this::view);
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
