package org.pawprints.curriculum.content.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.pawprints.curriculum.content.application.BundledModules.BundledModule;
import org.pawprints.curriculum.content.application.BundledModules.StepRef;
import org.pawprints.curriculum.content.domain.ContentProblems;
import org.pawprints.curriculum.content.domain.ModuleContent;
import org.pawprints.curriculum.content.domain.ModuleContentRepository;
import org.pawprints.curriculum.content.domain.ModuleContentVersion;
import org.pawprints.curriculum.content.domain.VersionSource;
import org.pawprints.curriculum.domain.Step;
import org.pawprints.curriculum.domain.StepRepository;
import org.pawprints.platform.i18n.Language;

/**
 * Loads the content files shipped with the application into the database when it starts, right
 * after the migrations, in one transaction: either everything is stored or, when a file is invalid,
 * nothing is and the application does not start, naming each file and problem.
 *
 * <p>A step's module is loaded as version 1 the first time. After that, a module that anyone has
 * edited in the application (any version from {@link VersionSource#EDITOR}, in either language) is
 * left alone, so files never overwrite an editor's work. A module nobody edited follows its files:
 * when a file differs from the newest version loaded from it, that file becomes a new published
 * version, after the same checks as an editor's version (ids kept, languages matching).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class ModuleContentLoader {

  private static final Logger LOG = Logger.getLogger(ModuleContentLoader.class.getName());

  @Inject StepRepository steps;
  @Inject ModuleContentRepository repository;
  @Inject ModuleVersions versions;

  /** What one load did, module by module. */
  public record LoadReport(int created, int updated, int unchanged, int keptForEditors) {}

  @PostConstruct
  void loadAtStartup() {
    LoadReport report = load();
    LOG.info(
        () ->
            "Module content: "
                + report.created()
                + " modules loaded for the first time, "
                + report.updated()
                + " updated from their files, "
                + report.unchanged()
                + " unchanged, "
                + report.keptForEditors()
                + " kept as edited in the application");
  }

  /** Brings the database in line with the content files, as described above. */
  public LoadReport load() {
    List<Step> program = steps.findAllInOrder(StepRepository.DEFAULT_PROGRAM);
    Map<String, BundledModule> files =
        BundledModules.shipped()
            .read(program.stream().map(s -> new StepRef(s.getPosition(), s.getSlug())).toList())
            .stream()
            .collect(Collectors.toMap(BundledModule::slug, Function.identity()));

    ContentProblems problems = new ContentProblems();
    for (Step step : program) {
      if (!files.containsKey(step.getSlug()) && repository.findByStep(step).isEmpty()) {
        problems.add(
            BundledModules.LOCATION + "/" + step.getSlug() + ".en.json",
            "is missing: step " + step.getPosition() + " has no module yet");
      }
    }
    problems.throwIfAny();

    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int keptForEditors = 0;
    for (Step step : program) {
      BundledModule bundled = files.get(step.getSlug());
      if (bundled == null) {
        continue;
      }
      Optional<ModuleContent> module = repository.findByStep(step);
      if (module.isEmpty()) {
        versions.publish(
            step.getSlug(), texts(bundled, List.of(Language.values())), VersionSource.REPOSITORY);
        created++;
      } else if (repository.hasVersionsFrom(module.get(), VersionSource.EDITOR)) {
        keptForEditors++;
      } else {
        List<Language> changed = changedFiles(module.get(), bundled);
        if (changed.isEmpty()) {
          unchanged++;
        } else {
          LOG.info(() -> "Content files changed for " + step.getSlug() + ": " + changed);
          versions.publish(step.getSlug(), texts(bundled, changed), VersionSource.REPOSITORY);
          updated++;
        }
      }
    }
    return new LoadReport(created, updated, unchanged, keptForEditors);
  }

  private List<Language> changedFiles(ModuleContent module, BundledModule bundled) {
    return List.of(Language.values()).stream()
        .filter(
            language ->
                !repository
                    .newestFrom(module, language, VersionSource.REPOSITORY)
                    .map(ModuleContentVersion::getContentHash)
                    .orElse("")
                    .equals(ModuleContentVersion.hash(bundled.file(language).json())))
        .toList();
  }

  private static Map<Language, String> texts(BundledModule bundled, List<Language> languages) {
    Map<Language, String> texts = new EnumMap<>(Language.class);
    languages.forEach(language -> texts.put(language, bundled.file(language).json()));
    return texts;
  }
}
