package org.pawprints.identity.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds and stores people. */
@ApplicationScoped
public class PersonRepository {

  @PersistenceContext EntityManager em;

  public Optional<Person> find(long id) {
    return Optional.ofNullable(em.find(Person.class, id));
  }

  /**
   * The person read now, with their roles in the same statement ({@link #find} reads the roles in a
   * second one): the session guard reads the signed-in person on every request.
   */
  public Optional<Person> findWithRoles(long id) {
    return em
        .createNamedQuery("Person.withRoles", Person.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Only the name someone shows to others: one column, no roles, no entity to manage. */
  public Optional<String> displayNameOf(long id) {
    return em
        .createNamedQuery("Person.displayName", String.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst();
  }

  public Optional<Person> findByEmail(String email) {
    if (email == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("Person.findByEmailKey", Person.class)
        .setParameter("key", EmailAddress.key(email))
        .getResultStream()
        .findFirst();
  }

  public boolean anyoneHas(Role role) {
    return em.createNamedQuery("Person.countWithRole", Long.class)
            .setParameter("role", role)
            .getSingleResult()
        > 0;
  }

  public Person add(Person person) {
    em.persist(person);
    em.flush();
    return person;
  }
}
