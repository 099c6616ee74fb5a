package org.pawprints.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.PersonRepository;

/**
 * The signed-in person's account as this request last read it. The session guard reads it afresh
 * before every page ({@link #fresh}); the page header then shows its name and language from that
 * read ({@link #person}) instead of reading it a second time. A change to an account ends its
 * request with a redirect, so the next request reads it afresh.
 */
@RequestScoped
public class RequestAccount {

  @Inject PersonRepository people;

  private Long personId;
  private Optional<Person> person;

  /** The account with this id, read now (a security check never trusts an earlier read). */
  public Optional<Person> fresh(long id) {
    person = people.findWithRoles(id);
    personId = id;
    return person;
  }

  /** The account with this id as last read in this request, or read now if it was not. */
  public Optional<Person> person(long id) {
    if (person == null || personId != id) {
      return fresh(id);
    }
    return person;
  }
}
