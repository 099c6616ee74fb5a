package org.pawprints.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/**
 * Lets a stateless page's view scope go when its response is sent, so that it never takes a
 * stateful page's place.
 *
 * <p>A session keeps the view scopes of its pages in a list of the last few used ({@code
 * com.sun.faces.numberOfActiveViewMaps} in web.xml); when a new one comes in, the oldest is
 * destroyed with its {@code @ViewScoped} beans. Mojarra makes and registers a view scope for a
 * stateless page too ({@code f:websocket} keeps its own bookkeeping there), on every request, and
 * nothing ever uses it again. A live phone asks for its page's state at every change in the room:
 * after some fifty changes, the stateless refreshes had pushed out the view scope of the module
 * page open in the participant's other tab, whose answer form then had nothing behind it and saved
 * nothing. Here the stateless view's scope is taken out of the session's list as soon as the page
 * is rendered, and ended as Faces ends one (its {@code @ViewScoped} beans destroyed) when it holds
 * any.
 *
 * <p>Only then: ending a scope makes Mojarra fire CDI's {@code @Destroyed(ViewScoped.class)} event,
 * looking its helper bean up through the bean manager each time, which cost about 7 % of a live
 * phone's refresh (a JFR profile of a room of 1,000, docs/performance.md, session 20). The live
 * screens' beans are request-scoped: their scopes hold only Faces' and PrimeFaces' own bookkeeping,
 * which goes with the view.
 *
 * <p>The list's session attribute and the view's key in it are Mojarra's (the implementation Payara
 * ships); with another implementation they are absent and this does nothing.
 */
public class StatelessViewScopes implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /** Mojarra's session attribute: the session's view scopes by id, oldest first. */
  static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

  /**
   * Mojarra's session attribute: the {@code @ViewScoped} CDI beans of each view scope, by the same
   * id (a scope without beans has no entry).
   */
  static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

  /** Mojarra's key, in a view's transient state, of its view scope's id in that list. */
  static final String VIEW_MAP_ID = "com.sun.faces.application.view.viewMapId";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    UIViewRoot view = context.getViewRoot();
    if (view == null || !view.isTransient()) {
      return;
    }
    Map<String, Object> scope = view.getViewMap(false);
    if (scope == null) {
      return;
    }
    Object id = view.getTransientStateHelper().getTransient(VIEW_MAP_ID);
    if (id == null || context.getExternalContext().getSession(false) == null) {
      return; // Never listed in a session: the scope goes with the view.
    }
    Map<String, Object> session = context.getExternalContext().getSessionMap();
    if (session.get(ACTIVE_VIEW_CONTEXTS) instanceof Map<?, ?> withBeans
        && withBeans.containsKey(id)) {
      scope.clear(); // Ends the scope as Faces does when it drops one: its beans are destroyed.
    }
    if (session.get(ACTIVE_VIEW_MAPS) instanceof Map<?, ?> scopes) {
      // Mojarra's list is a synchronized map: removing from it is safe beside other requests.
      scopes.remove(id);
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Nothing before rendering: the page uses its scope while it renders.
  }
}
