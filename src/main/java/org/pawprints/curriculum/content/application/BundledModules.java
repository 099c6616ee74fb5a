package org.pawprints.curriculum.content.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pawprints.curriculum.content.domain.ContentProblems;
import org.pawprints.curriculum.content.domain.ModuleDocument;
import org.pawprints.curriculum.content.domain.ModuleDocumentReader;
import org.pawprints.curriculum.content.domain.ModuleRules;
import org.pawprints.platform.i18n.Language;

/**
 * The module content files shipped on the class path, {@code <location>/<slug>.<en|fr>.json}, read
 * and checked as a whole: each file on its own, against its name and step, and against its
 * translation. Either every file is good, or {@link #read} throws listing every problem.
 */
public final class BundledModules {

  /** Where the application's own content files are. */
  public static final String LOCATION = "content/modules";

  private final String location;
  private final ClassLoader classLoader;

  public BundledModules(String location, ClassLoader classLoader) {
    this.location = location;
    this.classLoader = classLoader;
  }

  /** The files that ship with the application. */
  public static BundledModules shipped() {
    return new BundledModules(LOCATION, BundledModules.class.getClassLoader());
  }

  /** A step that may have content files: its position in the program and its slug. */
  public record StepRef(int position, String slug) {}

  /** One content file: its path on the class path, its text and the document it holds. */
  public record BundledFile(String path, String json, ModuleDocument document) {}

  /** A step's content files, one per language. */
  public record BundledModule(String slug, Map<Language, BundledFile> files) {
    public BundledModule {
      files = Map.copyOf(files);
    }

    public BundledFile file(Language language) {
      return files.get(language);
    }
  }

  /**
   * Reads the files of the given steps. A step without any file is left out (its module may have
   * been written in the application); a step with a file in one language only is a problem.
   *
   * @throws org.pawprints.curriculum.content.domain.InvalidModuleContentException naming each file
   *     and problem, when anything is wrong
   */
  public List<BundledModule> read(List<StepRef> steps) {
    ContentProblems problems = new ContentProblems();
    List<BundledModule> modules = new ArrayList<>();
    for (StepRef step : steps) {
      Map<Language, BundledFile> files = new EnumMap<>(Language.class);
      Map<Language, String> missing = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        String path = path(step.slug(), language);
        String json = text(path);
        if (json == null) {
          missing.put(language, path);
          continue;
        }
        ModuleDocumentReader.read(path, json, problems)
            .filter(document -> matchesName(path, document, step, language, problems))
            .ifPresent(document -> files.put(language, new BundledFile(path, json, document)));
      }
      if (missing.size() == Language.values().length) {
        continue;
      }
      missing.forEach(
          (language, path) ->
              problems.add(
                  path, "is missing: every module needs both an English and a French file"));
      if (files.size() == Language.values().length) {
        problems.addAll(
            path(step.slug(), Language.FR),
            ModuleRules.compareLanguages(
                files.get(Language.EN).document(), files.get(Language.FR).document()));
      }
      modules.add(new BundledModule(step.slug(), files));
    }
    problems.throwIfAny();
    return modules;
  }

  private String path(String slug, Language language) {
    return location + "/" + slug + "." + language.code() + ".json";
  }

  private static boolean matchesName(
      String path,
      ModuleDocument document,
      StepRef step,
      Language language,
      ContentProblems problems) {
    int before = problems.list().size();
    if (!document.slug().equals(step.slug())) {
      problems.add(
          path, "slug is \"" + document.slug() + "\" but the file name says " + step.slug());
    }
    if (document.language() != language) {
      problems.add(
          path,
          "language is \""
              + document.language().code()
              + "\" but the file name says "
              + language.code());
    }
    if (document.step() != step.position()) {
      problems.add(
          path,
          "step is "
              + document.step()
              + " but "
              + step.slug()
              + " is step "
              + step.position()
              + " of the program");
    }
    return problems.list().size() == before;
  }

  /** The file's text with Unix line endings, or null when there is no such file. */
  private String text(String path) {
    try (InputStream in = classLoader.getResourceAsStream(path)) {
      if (in == null) {
        return null;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return text.replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
