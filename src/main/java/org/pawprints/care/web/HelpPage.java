package org.pawprints.care.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pawprints.care.application.HelpDirectory;
import org.pawprints.care.application.HelpEntry;
import org.pawprints.care.domain.Region;
import org.pawprints.platform.web.CurrentLanguage;

/**
 * The public help page ({@code /help.xhtml?region=BC}): the visible entries, grouped by region,
 * Canada-wide first. Stateless: the region comes from the address, so reading help makes no session
 * and leaves nothing on the server.
 */
@Named
@RequestScoped
public class HelpPage {

  @Inject HelpDirectory directory;
  @Inject CurrentLanguage language;
  @Inject FacesContext faces;

  private Optional<Region> region;
  private List<HelpGroup> groups;

  /** The region asked for in the address; a made-up one counts as none. */
  public Optional<Region> region() {
    if (region == null) {
      String asked = faces.getExternalContext().getRequestParameterMap().get("region");
      region = Region.ofCode(asked).filter(r -> !r.isCanadaWide());
    }
    return region;
  }

  public String getRegion() {
    return region().map(Region::name).orElse("");
  }

  public Region[] getProvinces() {
    return Region.provinces();
  }

  public List<HelpGroup> getGroups() {
    if (groups == null) {
      Map<Region, List<HelpEntry>> byRegion = new LinkedHashMap<>();
      for (HelpEntry entry : directory.visible(language.getLanguage(), region())) {
        byRegion.computeIfAbsent(entry.getRegion(), r -> new ArrayList<>()).add(entry);
      }
      groups =
          byRegion.entrySet().stream().map(e -> new HelpGroup(e.getKey(), e.getValue())).toList();
    }
    return groups;
  }

  /** One region's entries under its heading. */
  public static final class HelpGroup {
    private final Region region;
    private final List<HelpEntry> entries;

    HelpGroup(Region region, List<HelpEntry> entries) {
      this.region = region;
      this.entries = List.copyOf(entries);
    }

    public String getRegion() {
      return region.name();
    }

    public List<HelpEntry> getEntries() {
      return entries;
    }
  }
}
