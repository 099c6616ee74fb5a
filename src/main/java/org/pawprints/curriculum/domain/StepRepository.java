package org.pawprints.curriculum.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the program's steps from the database. */
@ApplicationScoped
public class StepRepository {

  /** The program every cohort follows today. */
  public static final String DEFAULT_PROGRAM = "seven-small-steps";

  @PersistenceContext EntityManager em;

  public List<Step> findAllInOrder(String programSlug) {
    return em.createNamedQuery("Step.findAllInOrder", Step.class)
        .setParameter("program", programSlug)
        .getResultList();
  }

  public Optional<Step> findBySlug(String slug) {
    return em.createNamedQuery("Step.findBySlug", Step.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }
}
