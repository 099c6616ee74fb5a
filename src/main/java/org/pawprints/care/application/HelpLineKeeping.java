package org.pawprints.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.pawprints.care.domain.HelpLine;
import org.pawprints.care.domain.HelpLineChanges;
import org.pawprints.care.domain.HelpLineDraft;
import org.pawprints.care.domain.HelpLineProblem;
import org.pawprints.care.domain.HelpLineRules;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.Viewer;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;

/**
 * Administrators keep the help page: add, change, move within a region, hide and show entries.
 * Every call checks the administrator's role (confirmed against the database), and every draft the
 * rules; a refusal carries the first problem's message key. Every change is written to the audit
 * log ({@code HELP_PAGE_CHANGED}): who, when, which entry and what changed, shown to administrators
 * on the audit log page (the help page is a lifeline: a wrong number must be traceable).
 */
@ApplicationScoped
@Transactional
public class HelpLineKeeping {

  /** Positions leave room between entries, as in the shipped defaults (10, 20, 30). */
  private static final int STEP = 10;

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject Accounts accounts;
  @Inject AuditLog audit;

  /** Every entry, hidden ones too, in the help page's order. */
  public List<HelpEntry> all(Language language) {
    access.requireRole(Role.ADMIN);
    return em.createNamedQuery("HelpLine.all", HelpLine.class).getResultList().stream()
        .sorted(HelpDirectory.PAGE_ORDER)
        .map(line -> new HelpEntry(line, language))
        .toList();
  }

  /** One entry's fields, both languages, for the editing form. */
  public HelpLineDraft draftOf(long id) {
    access.requireRole(Role.ADMIN);
    return find(id).draft();
  }

  /** Adds a visible entry at the end of its region; answers its id. */
  public long add(HelpLineDraft typed) {
    Viewer admin = access.requireRole(Role.ADMIN);
    HelpLineDraft draft = accepted(typed);
    HelpLine line = new HelpLine(draft, lastPosition(draft) + STEP);
    em.persist(line);
    em.flush();
    record(admin, line, "added");
    return line.getId();
  }

  /** Changes an entry; moved to another region, it goes to the end of that region. */
  public void change(long id, HelpLineDraft typed) {
    Viewer admin = access.requireRole(Role.ADMIN);
    HelpLineDraft draft = accepted(typed);
    HelpLine line = find(id);
    HelpLineDraft before = line.draft();
    if (before.equals(draft)) {
      return;
    }
    if (line.getRegion() != draft.region()) {
      line.moveTo(lastPosition(draft) + STEP);
    }
    line.change(draft);
    record(admin, line, "changed " + HelpLineChanges.between(before, draft));
  }

  public void setHidden(long id, boolean hidden) {
    Viewer admin = access.requireRole(Role.ADMIN);
    HelpLine line = find(id);
    if (line.isHidden() != hidden) {
      line.setHidden(hidden);
      record(admin, line, hidden ? "hidden" : "shown again");
    }
  }

  /** Swaps an entry with its neighbour in the same region (up: the one before it). */
  public void move(long id, boolean up) {
    Viewer admin = access.requireRole(Role.ADMIN);
    HelpLine line = find(id);
    List<HelpLine> region =
        em.createNamedQuery("HelpLine.all", HelpLine.class).getResultList().stream()
            .filter(other -> other.getRegion() == line.getRegion())
            .sorted(HelpDirectory.PAGE_ORDER)
            .toList();
    int at = region.indexOf(line);
    int to = up ? at - 1 : at + 1;
    if (to < 0 || to >= region.size()) {
      return;
    }
    // Renumber the region so that equal positions (entries added by hand) still swap.
    for (int i = 0; i < region.size(); i++) {
      region.get(i).moveTo((i + 1) * STEP);
    }
    HelpLine neighbour = region.get(to);
    int mine = line.getPosition();
    line.moveTo(neighbour.getPosition());
    neighbour.moveTo(mine);
    record(admin, line, up ? "moved up" : "moved down");
  }

  private void record(Viewer admin, HelpLine line, String what) {
    audit.record(
        AuditEventType.HELP_PAGE_CHANGED,
        accounts.actorOf(admin.personId()),
        null,
        null,
        "help entry "
            + line.getId()
            + " \""
            + line.draft().nameEn()
            + "\" ("
            + line.getRegion()
            + "): "
            + what);
  }

  private HelpLineDraft accepted(HelpLineDraft typed) {
    HelpLineDraft draft = typed.tidy();
    List<HelpLineProblem> problems = HelpLineRules.problems(draft);
    if (!problems.isEmpty()) {
      HelpLineProblem first = problems.get(0);
      throw new Refusal(first.messageKey(), first.arguments());
    }
    return draft;
  }

  private int lastPosition(HelpLineDraft draft) {
    Integer last =
        em.createNamedQuery("HelpLine.lastPosition", Integer.class)
            .setParameter("region", draft.region())
            .getSingleResult();
    return last == null ? 0 : last;
  }

  private HelpLine find(long id) {
    HelpLine line = em.find(HelpLine.class, id);
    if (line == null) {
      throw new Refusal("care.help.gone");
    }
    return line;
  }
}
