package org.pawprints.curriculum.content;

import java.util.List;
import java.util.stream.IntStream;
import org.pawprints.curriculum.content.application.BundledModules;
import org.pawprints.curriculum.content.application.BundledModules.BundledModule;
import org.pawprints.curriculum.content.application.BundledModules.StepRef;
import org.pawprints.curriculum.content.domain.ModuleDocument;

/** The fourteen module files the application ships, read the way the application reads them. */
public final class ShippedModules {

  public static final List<String> SLUGS =
      List.of(
          "gentle-start-up",
          "rituals-of-connection",
          "turning-toward",
          "repair",
          "predictability",
          "appreciation",
          "course-corrections");

  private ShippedModules() {}

  public static List<BundledModule> modules() {
    List<StepRef> steps =
        IntStream.range(0, SLUGS.size()).mapToObj(i -> new StepRef(i + 1, SLUGS.get(i))).toList();
    return BundledModules.shipped().read(steps);
  }

  /** Every module in every language. */
  public static List<ModuleDocument> documents() {
    return modules().stream()
        .flatMap(m -> m.files().values().stream())
        .map(BundledModules.BundledFile::document)
        .toList();
  }
}
