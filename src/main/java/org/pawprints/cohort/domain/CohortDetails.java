package org.pawprints.cohort.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;

/** What an administrator types about a cohort, checked before it is stored. */
public record CohortDetails(
    String name,
    String description,
    LocalDate startsOn,
    LocalDate endsOn,
    String timeZone,
    Language language,
    int capacity,
    Pacing pacing) {

  public static final int MAX_NAME = 100;
  public static final int MAX_DESCRIPTION = 2000;
  public static final int MAX_CAPACITY = 500;

  /** The same details, trimmed; or a problem naming the first thing that is wrong. */
  public CohortDetails checked() {
    if (name == null || name.isBlank()) {
      throw new Refusal("cohort.nameRequired");
    }
    String cleanName = name.strip().replaceAll("\\p{Cntrl}", "");
    if (cleanName.length() > MAX_NAME) {
      throw new Refusal("cohort.nameTooLong");
    }
    String cleanDescription = description == null ? null : description.strip();
    if (cleanDescription != null && cleanDescription.length() > MAX_DESCRIPTION) {
      throw new Refusal("cohort.descriptionTooLong");
    }
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      throw new Refusal("cohort.endsBeforeStart");
    }
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new Refusal("cohort.capacityRange");
    }
    if (language == null || pacing == null) {
      throw new Refusal("cohort.incomplete");
    }
    String zone = timeZone == null ? "" : timeZone.strip();
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new Refusal("cohort.timeZoneUnknown");
    }
    return new CohortDetails(
        cleanName,
        cleanDescription == null || cleanDescription.isEmpty() ? null : cleanDescription,
        startsOn,
        endsOn,
        zone,
        language,
        capacity,
        pacing);
  }
}
