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
 * nothing. Here the stateless view's scope is ended (its beans, if any, destroyed as usual) and
 * taken out of the session's list as soon as the page is rendered.
 *
 * <p>The list's session attribute and the view's key in it are Mojarra's (the implementation Payara
 * ships); with another implementation they are absent and this does nothing.
 */
public class StatelessViewScopes implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /** Mojarra's session attribute: the session's view scopes by id, oldest first. */
  static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

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
    // Ends the scope as Faces does when it drops one: its @ViewScoped beans are destroyed.
    scope.clear();
    if (id != null && context.getExternalContext().getSession(false) != null) {
      Object active = context.getExternalContext().getSessionMap().get(ACTIVE_VIEW_MAPS);
      if (active instanceof Map<?, ?> scopes) {
        // Mojarra's list is a synchronized map: removing from it is safe beside other requests.
        scopes.remove(id);
      }
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Nothing before rendering: the page uses its scope while it renders.
  }
}
