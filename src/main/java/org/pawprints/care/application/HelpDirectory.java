package org.pawprints.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pawprints.care.domain.HelpLine;
import org.pawprints.care.domain.Region;
import org.pawprints.platform.i18n.Language;

/**
 * The help page's entries, for anyone (signed in or not): the visible ones, Canada-wide first and
 * then by region, each region in the order its administrators set. A chosen region narrows the page
 * to Canada-wide entries and that region's.
 */
@ApplicationScoped
public class HelpDirectory {

  /** Canada-wide first, then the provinces in {@link Region}'s order, then the set order. */
  static final Comparator<HelpLine> PAGE_ORDER =
      Comparator.comparing((HelpLine h) -> !h.getRegion().isCanadaWide())
          .thenComparing(HelpLine::getRegion)
          .thenComparingInt(HelpLine::getPosition)
          .thenComparing(HelpLine::getId);

  @PersistenceContext EntityManager em;

  public List<HelpEntry> visible(Language language, Optional<Region> region) {
    return em.createNamedQuery("HelpLine.all", HelpLine.class).getResultList().stream()
        .filter(line -> !line.isHidden())
        .filter(
            line ->
                region.isEmpty()
                    || line.getRegion().isCanadaWide()
                    || line.getRegion() == region.get())
        .sorted(PAGE_ORDER)
        .map(line -> new HelpEntry(line, language))
        .toList();
  }
}
