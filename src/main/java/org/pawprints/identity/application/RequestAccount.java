package org.pawprints.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.PersonRepository;

/**
 * The signed-in person's account as this request first read it. The session guard checks it before
 * every page and the page header shows its name and language: read once, not once for each. A
 * change to an account ends its request with a redirect, so the next request reads it afresh.
 */
@RequestScoped
public class RequestAccount {

  @Inject PersonRepository people;

  private Long personId;
  private Optional<Person> person;

  /** The account with this id, read at most once per request (another id is read anew). */
  public Optional<Person> person(long id) {
    if (person == null || personId != id) {
      person = people.find(id);
      personId = id;
    }
    return person;
  }
}
