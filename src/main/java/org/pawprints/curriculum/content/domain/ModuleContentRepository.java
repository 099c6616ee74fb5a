package org.pawprints.curriculum.content.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pawprints.curriculum.domain.Step;
import org.pawprints.platform.i18n.Language;

/** Finds and stores modules and their versions. */
@ApplicationScoped
public class ModuleContentRepository {

  @PersistenceContext EntityManager em;

  public Optional<ModuleContent> findByStep(Step step) {
    return em.createNamedQuery("ModuleContent.findByStep", ModuleContent.class)
        .setParameter("step", step)
        .getResultStream()
        .findFirst();
  }

  public Optional<ModuleContentVersion> findVersion(long id) {
    return Optional.ofNullable(em.find(ModuleContentVersion.class, id));
  }

  /** The id of the current version of a step's module in a language, if it has one. */
  public Optional<Long> currentVersionId(String slug, Language language) {
    return em.createNamedQuery("ModuleContentVersion.currentId", Long.class)
        .setParameter("slug", slug)
        .setParameter("language", language)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The ids of every module's current version in a language, in step order. */
  public List<Long> currentVersionIds(Language language) {
    return em.createNamedQuery("ModuleContentVersion.currentIds", Long.class)
        .setParameter("language", language)
        .getResultList();
  }

  /** The highest-numbered version, published or not. */
  public Optional<ModuleContentVersion> newest(ModuleContent module, Language language) {
    return first("ModuleContentVersion.newest", module, language);
  }

  /** The current version: the highest-numbered published one. */
  public Optional<ModuleContentVersion> current(ModuleContent module, Language language) {
    return first("ModuleContentVersion.newestPublished", module, language);
  }

  public Optional<ModuleContentVersion> newestFrom(
      ModuleContent module, Language language, VersionSource source) {
    return em.createNamedQuery("ModuleContentVersion.newestFromSource", ModuleContentVersion.class)
        .setParameter("module", module)
        .setParameter("language", language)
        .setParameter("source", source)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public boolean hasVersionsFrom(ModuleContent module, VersionSource source) {
    return em.createNamedQuery("ModuleContentVersion.countFromSource", Long.class)
            .setParameter("module", module)
            .setParameter("source", source)
            .getSingleResult()
        > 0;
  }

  public ModuleContent add(ModuleContent module) {
    em.persist(module);
    em.flush();
    return module;
  }

  public ModuleContentVersion add(ModuleContentVersion version) {
    em.persist(version);
    em.flush();
    return version;
  }

  private Optional<ModuleContentVersion> first(
      String query, ModuleContent module, Language language) {
    return em.createNamedQuery(query, ModuleContentVersion.class)
        .setParameter("module", module)
        .setParameter("language", language)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
