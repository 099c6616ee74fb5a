package org.pawprints.identity.application;

import jakarta.json.JsonObjectBuilder;
import org.pawprints.identity.domain.Person;

/**
 * A feature's part of "download my data". Each feature that keeps something about a person offers
 * one (an application-scoped bean), and {@link MyDataExport} collects them all, so that identity
 * never depends on the features built on it. A part adds its own keys, and only the signed-in
 * person's own data: never a partner's words, even revealed ones.
 */
public interface MyDataPart {

  /** Adds this feature's keys about {@code me} (the signed-in person) to the export. */
  void addTo(JsonObjectBuilder export, Person me);
}
