package org.pawprints.outcomes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.Role;
import org.pawprints.outcomes.domain.ItemSet;
import org.pawprints.outcomes.domain.ItemSetDraft;
import org.pawprints.outcomes.domain.ItemSetRules;
import org.pawprints.outcomes.domain.OutcomeRepository;

/**
 * The questionnaire's versions, for administrators: the current one, and a new version saved from
 * an edited draft (for example an instrument the organisation holds the rights to). Versions are
 * never changed or deleted, so every answer keeps the questions it was given.
 */
@ApplicationScoped
public class ItemSets {

  @Inject AccessPolicy access;
  @Inject OutcomeRepository store;

  public ItemSet current() {
    access.requireRole(Role.ADMIN);
    return store.current();
  }

  public List<ItemSet> versions() {
    access.requireRole(Role.ADMIN);
    return store.versions();
  }

  /** Checks the draft and saves it as the newest version, given from now on. */
  @Transactional
  public ItemSet saveNewVersion(ItemSetDraft draft) {
    long admin = access.requireRole(Role.ADMIN).personId();
    return store.add(new ItemSet(ItemSetRules.checked(draft), admin, Instant.now()));
  }
}
