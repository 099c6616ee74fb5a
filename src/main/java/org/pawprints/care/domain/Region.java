package org.pawprints.care.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a help entry serves: all of Canada, or one province or territory (their postal codes). The
 * help page shows Canada-wide entries first, then the chosen region's.
 */
public enum Region {
  CA,
  AB,
  BC,
  MB,
  NB,
  NL,
  NS,
  NT,
  NU,
  ON,
  PE,
  QC,
  SK,
  YT;

  public boolean isCanadaWide() {
    return this == CA;
  }

  /** A region by its code, ignoring case; empty for anything else (a made-up address). */
  public static Optional<Region> ofCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip();
    return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(wanted)).findFirst();
  }

  /** The provinces and territories, without Canada-wide, for a region filter. */
  public static Region[] provinces() {
    return Arrays.stream(values()).filter(r -> !r.isCanadaWide()).toArray(Region[]::new);
  }
}
