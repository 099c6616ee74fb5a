package org.pawprints.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives the forms of a stateless view an address that carries the view's parameters.
 *
 * <p>A stateful view keeps its view parameters (a live page's {@code ?session=12}) in the state it
 * saves. A stateless view ({@code f:view transient}) saves nothing: on its postback the page is
 * built afresh from the request alone, before any parameter is applied, and its {@code c:if}s
 * already need to know which session they show. So a form of a stateless page posts back to the
 * address it was opened with: its own view parameters, as they are now, in the query string. Pages
 * that keep their state are left as Faces makes them.
 */
public class StatelessViewAddress extends ViewHandlerWrapper {

  /** This request's address for the page's forms, once one is drawn (a request attribute). */
  private static final String DRAWN_ADDRESS = StatelessViewAddress.class.getName() + ".drawn";

  public StatelessViewAddress(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    UIViewRoot root = context.getViewRoot();
    if (root == null || !root.isTransient() || !viewId.equals(root.getViewId())) {
      return getWrapped().getActionURL(context, viewId);
    }
    // Every form of the page asks while it is drawn, and the answer cannot change meanwhile: a
    // phone's refresh draws several forms, and each address costs a converter per parameter.
    boolean drawing = context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    if (drawing && context.getAttributes().get(DRAWN_ADDRESS) instanceof String address) {
      return address;
    }
    String address = withViewParameters(context, root, getWrapped().getActionURL(context, viewId));
    if (drawing) {
      context.getAttributes().put(DRAWN_ADDRESS, address);
    }
    return address;
  }

  private static String withViewParameters(FacesContext context, UIViewRoot root, String address) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
      String value = parameter.getStringValue(context);
      if (value != null && !value.isEmpty()) {
        parameters.put(parameter.getName(), List.of(value));
      }
    }
    return parameters.isEmpty()
        ? address
        : context.getExternalContext().encodeBookmarkableURL(address, parameters);
  }
}
