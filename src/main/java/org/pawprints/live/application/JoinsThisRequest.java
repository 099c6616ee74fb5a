package org.pawprints.live.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Who may join (or, as a facilitator, watch) which cohort's sessions, decided once per request. A
 * phone's refresh asks it of five services (presence, the room, the couple, the questions, the
 * reactions), the control screen of four, each asking the database again; the answer cannot change
 * in the middle of one request that a person's roles and memberships did not change, and the next
 * request asks afresh.
 */
@RequestScoped
public class JoinsThisRequest {

  private final Map<String, Boolean> decided = new HashMap<>();

  boolean decide(String question, long cohortId, long personId, BooleanSupplier database) {
    String key = question + ':' + cohortId + ':' + personId;
    Boolean known = decided.get(key);
    if (known == null) {
      known = database.getAsBoolean();
      decided.put(key, known);
    }
    return known;
  }
}
