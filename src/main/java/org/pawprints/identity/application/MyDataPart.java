package org.pawprints.identity.application;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.List;
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

  /** The rows of a native query about one person ({@code ?1}), for the parts that read tables. */
  static List<Object[]> rows(EntityManager em, String sql, long personId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, personId).getResultList();
    return rows;
  }

  /** A JSON text as stored (an answer's content), put into the export as JSON, not as a string. */
  static JsonValue storedJson(String stored) {
    try (JsonReader reader = Json.createReader(new StringReader(stored))) {
      return reader.readValue();
    }
  }
}
