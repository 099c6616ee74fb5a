package org.pawprints.learning.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The address of a place in a module, for links from any feature's page or mail. */
public final class ModuleAddress {

  private ModuleAddress() {}

  /** {@code location} is a place such as {@code e-<exercise>}, or null for where one left off. */
  public static String of(String step, String location) {
    String base = "/my/module.xhtml?step=" + URLEncoder.encode(step, StandardCharsets.UTF_8);
    return location == null
        ? base
        : base + "&at=" + URLEncoder.encode(location, StandardCharsets.UTF_8);
  }
}
