package org.pawprints.live.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.pawprints.curriculum.application.StepCatalog;
import org.pawprints.curriculum.application.StepOverview;
import org.pawprints.platform.i18n.Language;

/**
 * The default session plans that ship with the application, {@code
 * content/session-plans/<step>.<en|fr>.json}: read and checked as a whole at first use, then kept.
 * Either every file of every step is usable, or the first use throws {@link
 * InvalidSessionPlanException} listing every problem with its file. A step without any plan file
 * simply has no default plan (a program edited in the application may add steps).
 *
 * <p>In the server the steps are the program's, from {@link StepCatalog}; a test builds its own
 * catalogue with {@link #SessionPlans(String, ClassLoader, List)}.
 */
@ApplicationScoped
public class SessionPlans {

  /** Where the application's own plan files are on the class path. */
  public static final String LOCATION = "content/session-plans";

  private final String location;
  private final ClassLoader classLoader;
  private final Supplier<List<String>> steps;
  private volatile Map<String, SessionPlan> plans;

  /** For the CDI container's proxy only. */
  protected SessionPlans() {
    this(LOCATION, SessionPlans.class.getClassLoader(), List::of);
  }

  @Inject
  public SessionPlans(StepCatalog catalog) {
    this(
        LOCATION,
        SessionPlans.class.getClassLoader(),
        () -> catalog.steps(Language.EN).stream().map(StepOverview::getSlug).toList());
  }

  /** The plans of {@code steps} in {@code location}, read from {@code classLoader}. */
  public SessionPlans(String location, ClassLoader classLoader, List<String> steps) {
    this(location, classLoader, () -> List.copyOf(steps));
  }

  private SessionPlans(String location, ClassLoader classLoader, Supplier<List<String>> steps) {
    this.location = location;
    this.classLoader = classLoader;
    this.steps = steps;
  }

  /** The default plan of a step in a language, if the step has one. */
  public Optional<SessionPlan> plan(String step, Language language) {
    return Optional.ofNullable(plans().get(key(step, language)));
  }

  /** Every plan, step by step in the program's order, English before French. */
  public List<SessionPlan> all() {
    List<SessionPlan> all = new ArrayList<>();
    for (String step : steps.get()) {
      for (Language language : Language.values()) {
        plan(step, language).ifPresent(all::add);
      }
    }
    return all;
  }

  private Map<String, SessionPlan> plans() {
    Map<String, SessionPlan> known = plans;
    if (known == null) {
      synchronized (this) {
        if (plans == null) {
          plans = load();
        }
        known = plans;
      }
    }
    return known;
  }

  private Map<String, SessionPlan> load() {
    List<String> problems = new ArrayList<>();
    Map<String, SessionPlan> loaded = new HashMap<>();
    for (String step : steps.get()) {
      Map<Language, SessionPlan> found = new EnumMap<>(Language.class);
      List<String> missing = new ArrayList<>();
      for (Language language : Language.values()) {
        String path = path(step, language);
        String json = text(path);
        if (json == null) {
          missing.add(path);
          continue;
        }
        List<String> fileProblems = new ArrayList<>();
        Optional<SessionPlan> plan = SessionPlanReader.read(json, fileProblems);
        plan.ifPresent(p -> fileProblems.addAll(checkFile(p, step, language)));
        if (fileProblems.isEmpty()) {
          found.put(language, plan.orElseThrow());
        }
        fileProblems.forEach(problem -> problems.add(path + ": " + problem));
      }
      if (missing.size() < Language.values().length) {
        missing.forEach(path -> problems.add(path + ": is missing; a step's plan needs both"));
      }
      if (found.size() == Language.values().length) {
        SessionPlanRules.compareLanguages(found.get(Language.EN), found.get(Language.FR))
            .forEach(problem -> problems.add(path(step, Language.FR) + ": " + problem));
      }
      found.forEach((language, plan) -> loaded.put(key(step, language), plan));
    }
    if (!problems.isEmpty()) {
      throw new InvalidSessionPlanException(problems);
    }
    return Map.copyOf(loaded);
  }

  private static List<String> checkFile(SessionPlan plan, String step, Language language) {
    List<String> problems = new ArrayList<>();
    if (!plan.step().equals(step)) {
      problems.add("step is \"" + plan.step() + "\" but the file name says " + step);
    }
    if (plan.language() != language) {
      problems.add("language is not the file name's " + language.code());
    }
    problems.addAll(SessionPlanRules.check(plan));
    return problems;
  }

  private String path(String step, Language language) {
    return location + "/" + step + "." + language.code() + ".json";
  }

  private static String key(String step, Language language) {
    return step + "." + language.code();
  }

  /** The file's text, or null when there is no such file. */
  private String text(String path) {
    try (InputStream in = classLoader.getResourceAsStream(path)) {
      if (in == null) {
        return null;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
