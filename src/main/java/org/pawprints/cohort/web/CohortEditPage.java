package org.pawprints.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pawprints.cohort.application.Cohorts;
import org.pawprints.cohort.application.Rosters;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortDetails;
import org.pawprints.cohort.domain.Pacing;
import org.pawprints.cohort.domain.SmallestGroup;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.domain.Person;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/** Creating or editing a cohort, archiving it and choosing its facilitators (administrators). */
@Named
@ViewScoped
public class CohortEditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Canada's time zones, east to west, and UTC. */
  static final List<String> TIME_ZONES =
      List.of(
          "America/St_Johns",
          "America/Halifax",
          "America/Toronto",
          "America/Winnipeg",
          "America/Regina",
          "America/Edmonton",
          "America/Vancouver",
          "America/Whitehorse",
          "UTC");

  @Inject transient Cohorts cohorts;
  @Inject transient Rosters rosters;
  @Inject transient Feedback feedback;
  @Inject transient CurrentLanguage currentLanguage;

  private Long id;
  private boolean archived;
  private String name;
  private Long removing;
  private String description;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private String timeZone = "America/Toronto";
  private Language language;
  private int capacity = 10;
  private Pacing pacing = Pacing.SELF_PACED;
  private int smallestGroup = SmallestGroup.PEOPLE;
  private Long facilitatorToAdd;
  private boolean archiving;
  private List<PersonOption> facilitators = List.of();
  private List<PersonOption> candidates = List.of();

  public void load() throws IOException {
    if (id == null) {
      language = currentLanguage.getLanguage();
      return;
    }
    Cohort cohort;
    try {
      cohort = cohorts.get(id);
    } catch (AccessDeniedException denied) {
      FacesPages.forbidden();
      return;
    } catch (Refusal unknown) {
      FacesPages.notFound();
      return;
    }
    CohortDetails details = cohort.details();
    name = details.name();
    description = details.description();
    startsOn = details.startsOn();
    endsOn = details.endsOn();
    timeZone = details.timeZone();
    language = details.language();
    capacity = details.capacity();
    pacing = details.pacing();
    smallestGroup = cohort.getSmallestGroup();
    archived = cohort.isArchived();
    facilitators =
        rosters.people(cohort.getFacilitatorIds()).stream().map(PersonOption::of).toList();
    Set<Long> current = cohort.getFacilitatorIds();
    candidates =
        rosters.facilitatorCandidates().stream()
            .filter(p -> !current.contains(p.getId()))
            .map(PersonOption::of)
            .toList();
  }

  public void save() throws IOException {
    CohortDetails details =
        new CohortDetails(
            name, description, startsOn, endsOn, timeZone, language, capacity, pacing);
    try {
      SmallestGroup.checked(smallestGroup);
      if (id == null) {
        Cohort created = cohorts.create(details, FacesPages.clientAddress());
        cohorts.useSmallestGroup(created.getId(), smallestGroup, FacesPages.clientAddress());
        feedback.infoAfterRedirect("cohort.created");
        FacesPages.redirect("/admin/cohort-edit.xhtml?id=" + created.getId());
      } else {
        cohorts.update(id, details, FacesPages.clientAddress());
        cohorts.useSmallestGroup(id, smallestGroup, FacesPages.clientAddress());
        feedback.infoAfterRedirect("cohort.saved");
        FacesPages.redirect("/admin/cohort-edit.xhtml?id=" + id);
      }
    } catch (Refusal problem) {
      feedback.error(problem.messageKey(), problem.arguments());
    }
  }

  /** Archiving asks first (issue 13): the cohort closes to invitations and changes. */
  public void askArchive() {
    archiving = true;
  }

  public void cancelArchive() {
    archiving = false;
  }

  public boolean isArchiving() {
    return archiving;
  }

  public void archive() throws IOException {
    archiving = false;
    cohorts.archive(id, FacesPages.clientAddress());
    feedback.infoAfterRedirect("cohort.archivedDone");
    FacesPages.redirect("/admin/cohorts.xhtml");
  }

  public void unarchive() throws IOException {
    cohorts.unarchive(id, FacesPages.clientAddress());
    feedback.infoAfterRedirect("cohort.unarchivedDone");
    FacesPages.redirect("/admin/cohort-edit.xhtml?id=" + id);
  }

  public void addFacilitator() throws IOException {
    if (facilitatorToAdd == null) {
      feedback.error("cohort.chooseFacilitator");
      return;
    }
    if (!feedback.attempt(
        () -> cohorts.addFacilitator(id, facilitatorToAdd, FacesPages.clientAddress()))) {
      return;
    }
    feedback.infoAfterRedirect("cohort.facilitatorAdded");
    FacesPages.redirect("/admin/cohort-edit.xhtml?id=" + id);
  }

  /** "Remove": hard to undo from here, so the page asks first, beside that one name. */
  public void confirmRemoveFacilitator(long personId) {
    removing = personId;
  }

  public void cancelRemoveFacilitator() {
    removing = null;
  }

  public boolean isRemovingFacilitator(long personId) {
    return removing != null && removing == personId;
  }

  public void removeFacilitator(long personId) throws IOException {
    removing = null;
    if (!feedback.attempt(
        () -> cohorts.removeFacilitator(id, personId, FacesPages.clientAddress()))) {
      return;
    }
    feedback.infoAfterRedirect("cohort.facilitatorRemoved");
    FacesPages.redirect("/admin/cohort-edit.xhtml?id=" + id);
  }

  public List<String> getTimeZones() {
    Set<String> zones = new LinkedHashSet<>(TIME_ZONES);
    if (timeZone != null) {
      zones.add(timeZone);
    }
    return new ArrayList<>(zones);
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public Pacing[] getPacings() {
    return Pacing.values();
  }

  public boolean isEditing() {
    return id != null;
  }

  public boolean isArchived() {
    return archived;
  }

  public List<PersonOption> getFacilitators() {
    return facilitators;
  }

  public List<PersonOption> getCandidates() {
    return candidates;
  }

  /** A person as this page shows them; kept in the view, so serializable. */
  public record PersonOption(long id, String displayName, String email) implements Serializable {
    static PersonOption of(Person person) {
      return new PersonOption(person.getId(), person.getDisplayName(), person.getEmail());
    }

    public long getId() {
      return id;
    }

    public String getDisplayName() {
      return displayName;
    }

    public String getEmail() {
      return email;
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public int getCapacity() {
    return capacity;
  }

  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }

  public Pacing getPacing() {
    return pacing;
  }

  public void setPacing(Pacing pacing) {
    this.pacing = pacing;
  }

  public int getSmallestGroup() {
    return smallestGroup;
  }

  public void setSmallestGroup(int smallestGroup) {
    this.smallestGroup = smallestGroup;
  }

  public int getSmallestGroupMin() {
    return SmallestGroup.MIN;
  }

  public int getSmallestGroupMax() {
    return SmallestGroup.MAX;
  }

  public Long getFacilitatorToAdd() {
    return facilitatorToAdd;
  }

  public void setFacilitatorToAdd(Long facilitatorToAdd) {
    this.facilitatorToAdd = facilitatorToAdd;
  }
}
