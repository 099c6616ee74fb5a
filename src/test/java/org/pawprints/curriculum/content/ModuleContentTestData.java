package org.pawprints.curriculum.content;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.domain.ModuleContent;
import org.pawprints.curriculum.content.domain.ModuleContentRepository;
import org.pawprints.curriculum.content.domain.ModuleContentVersion;
import org.pawprints.curriculum.content.domain.VersionSource;
import org.pawprints.curriculum.domain.StepRepository;
import org.pawprints.platform.i18n.Language;

/** Sets up and inspects module content inside the container, so that each test owns its data. */
@Dependent
@Transactional
public class ModuleContentTestData {

  @PersistenceContext EntityManager em;
  @Inject StepRepository steps;
  @Inject ModuleContentRepository repository;
  @Inject ModuleCatalog catalog;

  /**
   * Back to what startup leaves: removes what editors (and tests) added and repairs every content
   * hash, so that the newest repository version of each module matches its file again.
   */
  public void resetToShippedContent() {
    em.createQuery(
            "DELETE FROM ModuleContentVersion v"
                + " WHERE v.source = :editor OR v.published = FALSE")
        .setParameter("editor", VersionSource.EDITOR)
        .executeUpdate();
    List<ModuleContentVersion> all =
        em.createQuery("SELECT v FROM ModuleContentVersion v", ModuleContentVersion.class)
            .getResultList();
    for (ModuleContentVersion version : all) {
      String hash = ModuleContentVersion.hash(version.getContentJson());
      if (!hash.equals(version.getContentHash())) {
        setHash(version.getId(), hash);
      }
    }
    em.clear();
    // Versions were deleted behind the catalogue's back: it must read the current ones again.
    catalog.forgetCurrentVersions();
  }

  public long countVersions() {
    return em.createQuery("SELECT COUNT(v) FROM ModuleContentVersion v", Long.class)
        .getSingleResult();
  }

  public long countModules() {
    return em.createQuery("SELECT COUNT(m) FROM ModuleContent m", Long.class).getSingleResult();
  }

  public ModuleContentVersion current(String slug, Language language) {
    return repository.current(module(slug), language).orElseThrow();
  }

  /** Makes the newest repository version look as if its file had changed since. */
  public void forgetFileContent(String slug, Language language) {
    ModuleContentVersion newest =
        repository.newestFrom(module(slug), language, VersionSource.REPOSITORY).orElseThrow();
    setHash(newest.getId(), "0".repeat(64));
    em.clear();
  }

  /** Stores a draft: the highest version number, but not published. */
  public void addDraft(String slug, Language language, String json) {
    ModuleContent module = module(slug);
    int next = repository.newest(module, language).orElseThrow().getVersionNo() + 1;
    repository.add(
        new ModuleContentVersion(module, language, next, json, VersionSource.EDITOR, false));
  }

  private ModuleContent module(String slug) {
    return repository.findByStep(steps.findBySlug(slug).orElseThrow()).orElseThrow();
  }

  private void setHash(long id, String hash) {
    em.createNativeQuery("UPDATE module_content_version SET content_hash = ? WHERE id = ?")
        .setParameter(1, hash)
        .setParameter(2, id)
        .executeUpdate();
  }
}
