package org.pawprints.couple.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.pawprints.couple.domain.SoloPeriod;

/**
 * A page asks "is this person on the individual track?" for every exercise it shows: read each
 * person's stretches once per request, not once per question (pages have a statement budget).
 */
@RequestScoped
public class SoloPeriodsMemo {

  private final Map<Long, List<SoloPeriod>> read = new HashMap<>();

  List<SoloPeriod> get(long personId, LongFunction<List<SoloPeriod>> load) {
    return read.computeIfAbsent(personId, load::apply);
  }

  void forget(long personId) {
    read.remove(personId);
  }
}
