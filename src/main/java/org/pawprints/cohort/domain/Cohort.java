package org.pawprints.cohort.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;

/**
 * A group of couples running the workshop together: dates, time zone, the language of its mails, a
 * capacity in couples, a pacing, its facilitators and its participants. An archived cohort is
 * read-only and hidden from default lists.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(
    name = "Cohort.list",
    query =
        "SELECT c FROM Cohort c WHERE c.archived IN :archived"
            + " ORDER BY c.archived, c.startsOn DESC, c.name")
@NamedQuery(
    name = "Cohort.listFacilitatedBy",
    query =
        "SELECT c FROM Cohort c JOIN c.facilitatorIds f WHERE f = :person"
            + " AND c.archived IN :archived"
            + " ORDER BY c.archived, c.startsOn DESC, c.name")
@NamedQuery(
    name = "Cohort.facilitates",
    query =
        "SELECT c.id FROM Cohort c JOIN c.facilitatorIds f WHERE c.id = :cohort AND f = :person")
@NamedQuery(
    name = "Cohort.memberIds",
    query = "SELECT m.personId FROM Cohort c JOIN c.members m WHERE c.id = :cohort")
@NamedQuery(
    name = "Cohort.hasMember",
    query =
        "SELECT m.personId FROM Cohort c JOIN c.members m WHERE c.id = :cohort AND m.personId = :person")
@NamedQuery(
    name = "Cohort.facilitatesMember",
    query =
        "SELECT c.id FROM Cohort c JOIN c.facilitatorIds f JOIN c.members m"
            + " WHERE c.id = :cohort AND f = :facilitator AND m.personId = :member")
@NamedQuery(
    name = "Cohort.listWithMember",
    query = "SELECT c FROM Cohort c JOIN c.members m WHERE m.personId = :person")
@NamedQuery(
    name = "Cohort.findByJoinCode",
    query = "SELECT c FROM Cohort c WHERE c.joinCode = :code")
public class Cohort {

  @Id
  @SequenceGenerator(name = "cohort_seq", sequenceName = "cohort_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cohort_seq")
  private Long id;

  @Column(nullable = false, length = CohortDetails.MAX_NAME)
  private String name;

  @Column(length = CohortDetails.MAX_DESCRIPTION)
  private String description;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(nullable = false)
  private int capacity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Pacing pacing;

  @Column(nullable = false)
  private boolean archived;

  @Column(name = "join_code", length = 12, unique = true)
  private String joinCode;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection
  @CollectionTable(name = "cohort_facilitator", joinColumns = @JoinColumn(name = "cohort_id"))
  @Column(name = "person_id")
  private Set<Long> facilitatorIds = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "cohort_member", joinColumns = @JoinColumn(name = "cohort_id"))
  private List<Membership> members = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "cohort_opened_step", joinColumns = @JoinColumn(name = "cohort_id"))
  private List<OpenedStep> openedSteps = new ArrayList<>();

  @Column(name = "smallest_group", nullable = false)
  private int smallestGroup = SmallestGroup.PEOPLE;

  @Version private long version;

  protected Cohort() {}

  public Cohort(CohortDetails details, Instant now) {
    describe(details);
    this.createdAt = now;
  }

  /** New details; they must already be {@link CohortDetails#checked() checked}. */
  public final void describe(CohortDetails details) {
    requireOpen();
    this.name = details.name();
    this.description = details.description();
    this.startsOn = details.startsOn();
    this.endsOn = details.endsOn();
    this.timeZone = details.timeZone();
    this.language = details.language();
    this.capacity = details.capacity();
    this.pacing = details.pacing();
  }

  public CohortDetails details() {
    return new CohortDetails(
        name, description, startsOn, endsOn, timeZone, language, capacity, pacing);
  }

  /** Archived cohorts are read-only. */
  public void requireOpen() {
    if (archived) {
      throw new Refusal("cohort.archived");
    }
  }

  public void archive() {
    archived = true;
    joinCode = null;
  }

  public void unarchive() {
    archived = false;
  }

  public void addFacilitator(long personId) {
    requireOpen();
    facilitatorIds.add(personId);
  }

  public void removeFacilitator(long personId) {
    requireOpen();
    facilitatorIds.remove(personId);
  }

  public boolean isMember(long personId) {
    return members.stream().anyMatch(m -> m.getPersonId() == personId);
  }

  /** Adds a participant; false when they already were one. */
  public boolean addMember(long personId, Instant now) {
    requireOpen();
    if (isMember(personId)) {
      return false;
    }
    members.add(new Membership(personId, now));
    return true;
  }

  /** Participants a cohort holds: two per couple of capacity. */
  public int seats() {
    return capacity * 2;
  }

  public boolean isStepOpened(String slug) {
    return openedSteps.stream().anyMatch(s -> s.getStepSlug().equals(slug));
  }

  /** Opens a step's module; false when it was already open. */
  public boolean openStep(String slug, Instant now) {
    requireOpen();
    if (pacing != Pacing.FACILITATOR_PACED) {
      throw new Refusal("cohort.notFacilitatorPaced");
    }
    if (isStepOpened(slug)) {
      return false;
    }
    openedSteps.add(new OpenedStep(slug, now));
    return true;
  }

  /** The smallest group whose answers this cohort shows together ({@link SmallestGroup}). */
  public int getSmallestGroup() {
    return smallestGroup;
  }

  public void useSmallestGroup(int people) {
    requireOpen();
    this.smallestGroup = SmallestGroup.checked(people);
  }

  public void useJoinCode(String code) {
    requireOpen();
    this.joinCode = code;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public Language getLanguage() {
    return language;
  }

  public int getCapacity() {
    return capacity;
  }

  public Pacing getPacing() {
    return pacing;
  }

  public boolean isArchived() {
    return archived;
  }

  public String getJoinCode() {
    return joinCode;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<Long> getFacilitatorIds() {
    return Collections.unmodifiableSet(facilitatorIds);
  }

  public List<Membership> getMembers() {
    return Collections.unmodifiableList(members);
  }

  public List<OpenedStep> getOpenedSteps() {
    return Collections.unmodifiableList(openedSteps);
  }
}
