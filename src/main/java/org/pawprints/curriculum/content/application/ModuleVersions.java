package org.pawprints.curriculum.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pawprints.curriculum.content.domain.ContentProblems;
import org.pawprints.curriculum.content.domain.ModuleContent;
import org.pawprints.curriculum.content.domain.ModuleContentRepository;
import org.pawprints.curriculum.content.domain.ModuleContentVersion;
import org.pawprints.curriculum.content.domain.ModuleDocument;
import org.pawprints.curriculum.content.domain.ModuleDocumentReader;
import org.pawprints.curriculum.content.domain.ModuleRules;
import org.pawprints.curriculum.content.domain.VersionSource;
import org.pawprints.curriculum.domain.Step;
import org.pawprints.curriculum.domain.StepRepository;
import org.pawprints.platform.i18n.Language;

/**
 * Adds versions of a module: at startup from the content files, later from a content editor. A
 * version is checked before anything is stored: the document on its own, against its step, against
 * the current version in the other language (the same structure and ids), and against the current
 * version in its own language (no exercise or question taken away or changed in kind).
 */
@ApplicationScoped
@Transactional
public class ModuleVersions {

  @Inject StepRepository steps;
  @Inject ModuleContentRepository repository;
  @Inject Event<ModulesPublished> published;

  /**
   * Publishes a new version of a step's module for each language given, numbered one above that
   * language's newest version; it becomes the current version at once. A change of structure (an
   * exercise or question added) must come with both languages, so that partners answering in
   * different languages answer the same items.
   *
   * @param documents the module document as JSON, by language
   * @return the versions added, in the order of {@link Language#values()}
   * @throws org.pawprints.curriculum.content.domain.InvalidModuleContentException listing every
   *     problem; nothing is stored then
   * @throws IllegalArgumentException when there is no step with that slug
   */
  public List<ModuleContentVersion> publish(
      String slug, Map<Language, String> documents, VersionSource source) {
    Step step =
        steps
            .findBySlug(slug)
            .orElseThrow(() -> new IllegalArgumentException("No step has the slug " + slug));
    Optional<ModuleContent> existing = repository.findByStep(step);
    ContentProblems problems = new ContentProblems();
    Map<Language, ModuleDocument> next = new EnumMap<>(Language.class);
    documents.forEach(
        (language, json) -> {
          String name = slug + " (" + language.code() + ") new version";
          ModuleDocumentReader.read(name, json, problems)
              .filter(document -> belongsTo(name, document, step, language, problems))
              .ifPresent(document -> next.put(language, document));
        });
    problems.throwIfAny();

    Map<Language, ModuleDocument> current = new EnumMap<>(Language.class);
    existing.ifPresent(
        module -> {
          for (Language language : Language.values()) {
            repository
                .current(module, language)
                .ifPresent(
                    version ->
                        current.put(
                            language,
                            ModuleDocumentReader.readValid(
                                version.describe(), version.getContentJson())));
          }
        });
    Map<Language, ModuleDocument> after = new EnumMap<>(current);
    after.putAll(next);
    if (after.size() == Language.values().length) {
      problems.addAll(
          slug, ModuleRules.compareLanguages(after.get(Language.EN), after.get(Language.FR)));
    } else {
      problems.add(slug, "a module is published in English and French together the first time");
    }
    next.forEach(
        (language, document) -> {
          ModuleDocument before = current.get(language);
          if (before != null) {
            problems.addAll(
                slug + " (" + language.code() + ") new version",
                ModuleRules.compareVersions(before, document));
          }
        });
    problems.throwIfAny();

    ModuleContent module = existing.orElseGet(() -> repository.add(new ModuleContent(step)));
    List<ModuleContentVersion> added = new ArrayList<>();
    for (Language language : Language.values()) {
      String json = documents.get(language);
      if (json != null) {
        int number = repository.newest(module, language).map(v -> v.getVersionNo()).orElse(0) + 1;
        added.add(
            repository.add(new ModuleContentVersion(module, language, number, json, source, true)));
      }
    }
    published.fire(new ModulesPublished(slug));
    return added;
  }

  private static boolean belongsTo(
      String name,
      ModuleDocument document,
      Step step,
      Language language,
      ContentProblems problems) {
    boolean fits =
        document.slug().equals(step.getSlug())
            && document.language() == language
            && document.step() == step.getPosition();
    if (!fits) {
      problems.add(
          name,
          "must have slug \""
              + step.getSlug()
              + "\", language \""
              + language.code()
              + "\" and step "
              + step.getPosition());
    }
    return fits;
  }
}
