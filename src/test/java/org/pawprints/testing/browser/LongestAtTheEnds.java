package org.pawprints.testing.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Orders the browser classes so that the run ends with short classes on every thread, not with one
 * long class running alone while the other threads have nothing left.
 *
 * <p>JUnit hands the classes to its fork-join pool in this order: the thread that forked them takes
 * them from the end of the list, the other threads take them from the front, and they meet
 * somewhere in the middle. The run ends when the class running at that meeting point ends, so the
 * longest classes go to the two ends (the front gets the share of the stealing threads) and the
 * shortest to the middle. Each class's seconds come from {@code browser-class-seconds.txt},
 * measured in a quiet run (see docs/performance.md); a class not listed counts as short and goes to
 * the middle. Ties keep the classes' names' order, so the order is the same on every machine.
 */
public final class LongestAtTheEnds implements ClassOrderer {

  private static final String SECONDS = "browser-class-seconds.txt";

  private static final String THREADS = "junit.jupiter.execution.parallel.config.fixed.parallelism";

  @Override
  public void orderClasses(ClassOrdererContext context) {
    Map<String, Double> seconds = seconds();
    int threads = context.getConfigurationParameter(THREADS).map(Integer::parseInt).orElse(1);
    List<ClassDescriptor> longestFirst = new ArrayList<>(context.getClassDescriptors());
    Comparator<ClassDescriptor> bySeconds =
        Comparator.comparingDouble(c -> seconds.getOrDefault(c.getTestClass().getSimpleName(), 0d));
    longestFirst.sort(bySeconds.reversed().thenComparing(c -> c.getTestClass().getSimpleName()));
    List<ClassDescriptor> front = new ArrayList<>();
    List<ClassDescriptor> back = new ArrayList<>();
    double frontSeconds = 0;
    double backSeconds = 0;
    for (ClassDescriptor c : longestFirst) {
      double s = seconds.getOrDefault(c.getTestClass().getSimpleName(), 0d);
      // The front is shared by threads - 1 stealing threads, the back is the forking thread's.
      if (threads > 1 && backSeconds * (threads - 1) < frontSeconds) {
        back.add(c);
        backSeconds += s;
      } else {
        front.add(c);
        frontSeconds += s;
      }
    }
    List<ClassDescriptor> ordered = new ArrayList<>(front);
    for (int i = back.size() - 1; i >= 0; i--) {
      ordered.add(back.get(i));
    }
    Map<ClassDescriptor, Integer> position = new HashMap<>();
    for (ClassDescriptor c : ordered) {
      position.put(c, position.size());
    }
    context.getClassDescriptors().sort(Comparator.comparingInt(position::get));
  }

  private static Map<String, Double> seconds() {
    Map<String, Double> seconds = new HashMap<>();
    InputStream in = LongestAtTheEnds.class.getClassLoader().getResourceAsStream(SECONDS);
    if (in == null) {
      return seconds;
    }
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      lines
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.split("\\s+"))
          .forEach(f -> seconds.put(f[0], Double.parseDouble(f[1])));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return seconds;
  }
}
