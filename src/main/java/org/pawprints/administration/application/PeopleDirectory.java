package org.pawprints.administration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.Cohort_;
import org.pawprints.cohort.domain.Membership;
import org.pawprints.cohort.domain.Membership_;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Person_;
import org.pawprints.identity.domain.Role;

/**
 * The people list for administrators: filtered by name or email, role, cohort and status, sorted
 * and paged in the database, so it stays fast with tens of thousands of people.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeopleDirectory {

  private static final String ACTIVE = "active";

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;

  /** What to look for; any part may be null. */
  public record Filter(String text, Role role, Long cohortId, Boolean active) {
    public static final Filter ALL = new Filter(null, null, null, null);
  }

  /** The columns people can be sorted by. */
  public enum SortBy {
    NAME,
    EMAIL,
    CREATED,
    LAST_SIGN_IN
  }

  public List<Person> search(Filter filter, SortBy sort, boolean descending, int first, int max) {
    access.requireRole(Role.ADMIN);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Person> query = cb.createQuery(Person.class);
    Root<Person> person = query.from(Person.class);
    query.where(where(cb, query, person, filter));
    Expression<?> key =
        switch (sort == null ? SortBy.NAME : sort) {
          case NAME -> cb.lower(person.get(Person_.displayName));
          case EMAIL -> person.get(Person_.emailKey);
          case CREATED -> person.get(Person_.createdAt);
          case LAST_SIGN_IN -> person.get(Person_.lastLoginAt);
        };
    Order order = descending ? cb.desc(key) : cb.asc(key);
    query.orderBy(order, cb.asc(person.get(Person_.id)));
    return bind(em.createQuery(query), filter)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(Filter filter) {
    access.requireRole(Role.ADMIN);
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Person> person = query.from(Person.class);
    query.select(cb.count(person)).where(where(cb, query, person, filter));
    return bind(em.createQuery(query), filter).getSingleResult();
  }

  /**
   * Binds the parameters. EclipseLink writes criteria parameters into the SQL as literals unless
   * told to bind them, and its literal for a Boolean (0 or 1) is one H2 will not compare with a
   * BOOLEAN column; bound list elements are passed as they are.
   */
  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter) {
    query.setHint("eclipselink.jdbc.bind-parameters", "True");
    return filter.active() == null ? query : query.setParameter(ACTIVE, List.of(filter.active()));
  }

  /** The names of the cohorts each of these people is in, for one page of the list. */
  public Map<Long, List<String>> cohortNames(Collection<Long> personIds) {
    access.requireRole(Role.ADMIN);
    Map<Long, List<String>> names = new HashMap<>();
    if (personIds.isEmpty()) {
      return names;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT m.personId, c.name FROM Cohort c JOIN c.members m"
                    + " WHERE m.personId IN :ids ORDER BY c.name",
                Object[].class)
            .setParameter("ids", personIds)
            .getResultList();
    for (Object[] row : rows) {
      names.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
    }
    return names;
  }

  /** The ids of the people who have these email addresses, by lower-cased address. */
  public Map<String, Long> idsByEmailKey(Collection<String> emails) {
    access.requireRole(Role.ADMIN);
    Set<String> keys = emails.stream().map(EmailAddress::key).collect(Collectors.toSet());
    Map<String, Long> ids = new HashMap<>();
    if (keys.isEmpty()) {
      return ids;
    }
    em.createQuery("SELECT p FROM Person p WHERE p.emailKey IN :keys", Person.class)
        .setParameter("keys", keys)
        .getResultList()
        .forEach(p -> ids.put(EmailAddress.key(p.getEmail()), p.getId()));
    return ids;
  }

  /** Cohorts to filter by: all of them, archived ones too, by name. */
  public List<Cohort> cohorts() {
    access.requireRole(Role.ADMIN);
    return em.createQuery("SELECT c FROM Cohort c ORDER BY c.name", Cohort.class).getResultList();
  }

  private static Predicate[] where(
      CriteriaBuilder cb, CriteriaQuery<?> query, Root<Person> person, Filter filter) {
    List<Predicate> where = new ArrayList<>();
    if (filter.text() != null && !filter.text().isBlank()) {
      String like = "%" + escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
      where.add(
          cb.or(
              cb.like(cb.lower(person.get(Person_.displayName)), like, '\\'),
              cb.like(person.get(Person_.emailKey), like, '\\')));
    }
    if (filter.active() != null) {
      // A one-element list, bound (see bind).
      where.add(person.get(Person_.active).in(cb.parameter(List.class, ACTIVE)));
    }
    if (filter.role() != null) {
      Subquery<Long> withRole = query.subquery(Long.class);
      Root<Person> other = withRole.from(Person.class);
      Join<Person, Role> roles = other.join(Person_.roles);
      withRole.select(other.get(Person_.id)).where(cb.equal(roles, filter.role()));
      where.add(person.get(Person_.id).in(withRole));
    }
    if (filter.cohortId() != null) {
      Subquery<Long> members = query.subquery(Long.class);
      Root<Cohort> cohort = members.from(Cohort.class);
      Join<Cohort, Membership> membership = cohort.join(Cohort_.members);
      members
          .select(membership.get(Membership_.personId))
          .where(cb.equal(cohort.get(Cohort_.id), filter.cohortId()));
      where.add(person.get(Person_.id).in(members));
    }
    return where.toArray(Predicate[]::new);
  }

  /** LIKE treats % and _ as wildcards: typed ones are matched literally. */
  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
