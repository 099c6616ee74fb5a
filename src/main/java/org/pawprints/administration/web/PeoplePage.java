package org.pawprints.administration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.pawprints.administration.application.PeopleDirectory;
import org.pawprints.administration.application.PeopleDirectory.Filter;
import org.pawprints.administration.application.PeopleDirectory.SortBy;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * People administration: a lazy list, paged, sorted and filtered in the database. Each name opens
 * the person's page ({@link PersonPage}) where roles and the account are changed.
 */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PeopleDirectory directory;

  private String text;
  private Role role;
  private Long cohortId;
  private Boolean active;
  private transient List<Cohort> cohorts;
  private transient Map<Long, List<String>> cohortNames;
  private final LazyDataModel<Person> people = new People();

  public LazyDataModel<Person> getPeople() {
    return people;
  }

  public Filter filter() {
    return new Filter(text, role, cohortId, active);
  }

  public void clear() {
    text = null;
    role = null;
    cohortId = null;
    active = null;
  }

  /** The names of the person's cohorts, for the list. */
  public String cohortsOf(Person person) {
    return cohortNames == null
        ? ""
        : String.join(", ", cohortNames.getOrDefault(person.getId(), List.of()));
  }

  private final class People extends LazyDataModel<Person> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, directory.count(filter()));
    }

    @Override
    public List<Person> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortBy sort = SortBy.NAME;
      boolean descending = false;
      for (SortMeta meta : sortBy.values()) {
        sort =
            switch (meta.getField()) {
              case "email" -> SortBy.EMAIL;
              case "createdAt" -> SortBy.CREATED;
              case "lastLoginAt" -> SortBy.LAST_SIGN_IN;
              default -> SortBy.NAME;
            };
        descending = meta.getOrder() == SortOrder.DESCENDING;
      }
      List<Person> page = directory.search(filter(), sort, descending, first, pageSize);
      cohortNames = directory.cohortNames(page.stream().map(Person::getId).toList());
      return page;
    }

    @Override
    public String getRowKey(Person person) {
      return String.valueOf(person.getId());
    }
  }

  public List<Cohort> getCohorts() {
    if (cohorts == null) {
      cohorts = directory.cohorts();
    }
    return cohorts;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public void setCohortId(Long cohortId) {
    this.cohortId = cohortId;
  }

  public Boolean getActive() {
    return active;
  }

  public void setActive(Boolean active) {
    this.active = active;
  }
}
