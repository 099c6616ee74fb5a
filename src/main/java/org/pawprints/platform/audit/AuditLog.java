package org.pawprints.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pawprints.platform.audit.AuditEvent.Actor;

/**
 * Writes and searches the audit log. Writing joins the caller's transaction when there is one; a
 * failed sign-in is recorded in a transaction of its own, so the record survives the failure.
 */
@ApplicationScoped
public class AuditLog {

  private static final int DETAIL_LIMIT = 500;

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRED)
  public void record(
      AuditEventType type, Actor actor, Actor target, String clientAddress, String detail) {
    em.persist(new AuditEvent(type, actor, target, clip(clientAddress, 64), clip(detail)));
  }

  /** How often {@code type} happened to the person {@code targetId} since then: for rate limits. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long countAbout(AuditEventType type, long targetId, Instant since) {
    return em.createQuery(
            "SELECT COUNT(e) FROM AuditEvent e WHERE e.type = :type AND e.targetId = :person"
                + " AND e.occurredAt >= :since",
            Long.class)
        .setParameter("type", type)
        .setParameter("person", targetId)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** How often the person {@code actorId} did {@code type} since then: for rate limits. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long countBy(AuditEventType type, long actorId, Instant since) {
    return em.createQuery(
            "SELECT COUNT(e) FROM AuditEvent e WHERE e.type = :type AND e.actorId = :person"
                + " AND e.occurredAt >= :since",
            Long.class)
        .setParameter("type", type)
        .setParameter("person", actorId)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** Newest first, filtered by person (as actor or target, by email part), type and dates. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEvent> search(AuditFilter filter, int first, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> event = query.from(AuditEvent.class);
    query.where(predicates(cb, event, filter).toArray(Predicate[]::new));
    query.orderBy(cb.desc(event.get(AuditEvent_.occurredAt)), cb.desc(event.get(AuditEvent_.id)));
    TypedQuery<AuditEvent> typed = em.createQuery(query);
    return typed.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(AuditFilter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<AuditEvent> event = query.from(AuditEvent.class);
    query.select(cb.count(event)).where(predicates(cb, event, filter).toArray(Predicate[]::new));
    return em.createQuery(query).getSingleResult();
  }

  private static List<Predicate> predicates(
      CriteriaBuilder cb, Root<AuditEvent> event, AuditFilter filter) {
    List<Predicate> where = new ArrayList<>();
    if (filter.person() != null && !filter.person().isBlank()) {
      String like = "%" + filter.person().strip().toLowerCase(Locale.ROOT) + "%";
      where.add(
          cb.or(
              cb.like(cb.lower(event.get(AuditEvent_.actorEmail)), like),
              cb.like(cb.lower(event.get(AuditEvent_.targetEmail)), like)));
    }
    if (filter.type() != null) {
      where.add(cb.equal(event.get(AuditEvent_.type), filter.type()));
    }
    if (filter.from() != null) {
      where.add(cb.greaterThanOrEqualTo(event.get(AuditEvent_.occurredAt), filter.from()));
    }
    if (filter.until() != null) {
      where.add(cb.lessThan(event.get(AuditEvent_.occurredAt), filter.until()));
    }
    return where;
  }

  private static String clip(String text) {
    return clip(text, DETAIL_LIMIT);
  }

  private static String clip(String text, int limit) {
    return text == null || text.length() <= limit ? text : text.substring(0, limit);
  }

  /** What to look for; any part may be null. {@code until} is exclusive. */
  public record AuditFilter(String person, AuditEventType type, Instant from, Instant until) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
  }
}
