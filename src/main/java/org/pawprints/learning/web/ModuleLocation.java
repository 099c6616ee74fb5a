package org.pawprints.learning.web;

import java.util.ArrayList;
import java.util.List;
import org.pawprints.curriculum.content.application.ModuleView;

/**
 * The places in a module, in order, one screen each: every lesson section ({@code s-<id>}), every
 * exercise ({@code e-<id>}), the quiz ({@code quiz}) and the closing practice card ({@code
 * practice}). These strings appear in addresses and in saved progress.
 */
final class ModuleLocation {

  static final String QUIZ = "quiz";
  static final String PRACTICE = "practice";

  private ModuleLocation() {}

  static List<String> all(ModuleView module) {
    List<String> places = new ArrayList<>();
    module.getSections().forEach(s -> places.add("s-" + s.getId()));
    module.getExercises().forEach(e -> places.add("e-" + e.getId()));
    places.add(QUIZ);
    places.add(PRACTICE);
    return places;
  }

  /** The index of a location, or 0 (the start) for an unknown one. */
  static int indexOf(ModuleView module, String location) {
    int index = all(module).indexOf(location);
    return Math.max(index, 0);
  }
}
