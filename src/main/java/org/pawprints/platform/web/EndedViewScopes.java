package org.pawprints.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Iterator;
import java.util.Map;

/**
 * Forgets the bookkeeping that Mojarra leaves behind for every view scope it ends, so that what a
 * session keeps stays bounded however many pages it opens.
 *
 * <p>For each view with {@code @ViewScoped} beans, Mojarra keeps a small map in the session (which
 * beans that view holds: {@link StatelessViewScopes#ACTIVE_VIEW_CONTEXTS}). When it ends a view
 * scope, because the session's list of the last {@code com.sun.faces.numberOfActiveViewMaps} is
 * full, it destroys the beans but never removes that map: the version Payara ships keeps one per
 * page view until the session ends. Under the page benchmark (50 participants, a few hundred
 * thousand module views) that was 800,000 entries and about 200 MB of a 400 MB heap, with a full
 * collection every second (docs/performance.md, session 25). Here, after each page is rendered,
 * every such map whose view scope is no longer in the session's list is dropped; the list is
 * bounded, so now is this.
 *
 * <p>Only then: while the session holds no more of them than view scopes, there is nothing to
 * forget, and the check costs two lookups.
 */
public class EndedViewScopes implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (context.getExternalContext().getSession(false) == null) {
      return;
    }
    Map<String, Object> session = context.getExternalContext().getSessionMap();
    if (session.get(StatelessViewScopes.ACTIVE_VIEW_CONTEXTS) instanceof Map<?, ?> contexts
        && session.get(StatelessViewScopes.ACTIVE_VIEW_MAPS) instanceof Map<?, ?> scopes
        && forgetEnded(contexts, scopes) > 0) {
      // Put back, so that a session store that copies sessions between servers sees the change.
      session.put(StatelessViewScopes.ACTIVE_VIEW_CONTEXTS, contexts);
    }
  }

  /**
   * Drops from {@code contexts} every view scope's entry that {@code scopes}, the session's list of
   * live view scopes, no longer holds; returns how many. Safe beside other requests of the session:
   * Mojarra lists a view scope before it records any of its beans, and its maps are a concurrent
   * one and a synchronized one.
   */
  static int forgetEnded(Map<?, ?> contexts, Map<?, ?> scopes) {
    if (contexts.size() <= scopes.size()) {
      return 0;
    }
    int forgotten = 0;
    for (Iterator<?> ids = contexts.keySet().iterator(); ids.hasNext(); ) {
      if (!scopes.containsKey(ids.next())) {
        ids.remove();
        forgotten++;
      }
    }
    return forgotten;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Nothing before rendering: the page still uses its scope.
  }
}
