package org.pawprints.learning.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.pawprints.learning.web.DashboardPage.Tile;

/**
 * The dashboard's seven steps, one list item each ({@code <pp:moduleSteps tiles="..."/>} inside the
 * page's {@code <ol>}). Written by this component rather than by a {@code ui:repeat} of Facelets
 * markup: the repeat built and walked a dozen components and expressions per step on every view,
 * about a sixth of the dashboard's cost (docs/performance.md, "Session 24"). The markup is the one
 * the page had; every text goes through the response writer, which escapes it.
 */
@FacesComponent(createTag = true, namespace = ModuleSteps.NAMESPACE, tagName = "moduleSteps")
public class ModuleSteps extends UIComponentBase {

  static final String NAMESPACE = "https://pawprints.org/faces";

  @Override
  public String getFamily() {
    return "org.pawprints.learning";
  }

  @Override
  public void encodeBegin(FacesContext context) throws IOException {
    @SuppressWarnings("unchecked")
    List<Tile> tiles = (List<Tile>) getAttributes().get("tiles");
    if (tiles == null) {
      return;
    }
    ResponseWriter out = context.getResponseWriter();
    String contextPath = context.getExternalContext().getRequestContextPath();
    for (Tile tile : tiles) {
      out.startElement("li", this);
      out.writeAttribute("class", "pp-step pp-module-" + tile.getState(), null);
      if (tile.isLocked()) {
        heading(out, tile);
      } else {
        out.startElement("a", this);
        out.writeAttribute("href", contextPath + tile.getLink(), null);
        out.writeAttribute("class", "pp-step-link", null);
        out.writeAttribute("id", "module-" + tile.getSlug(), null);
        heading(out, tile);
        span(out, "pp-module-action", "action-" + tile.getSlug(), tile.getActionText());
        out.endElement("a");
      }
      out.startElement("p", this);
      out.writeAttribute("class", "pp-module-state", null);
      out.writeAttribute("id", "state-" + tile.getSlug(), null);
      out.writeText(tile.getStateText(), null);
      out.endElement("p");
      if (tile.isCounted()) {
        counts(out, tile);
      }
      out.endElement("li");
    }
  }

  private void heading(ResponseWriter out, Tile tile) throws IOException {
    span(out, "pp-step-number", null, tile.getLabel());
    span(out, "pp-step-title", null, tile.getTitle());
  }

  /** Issue 13: how far, not only whether complete. */
  private void counts(ResponseWriter out, Tile tile) throws IOException {
    out.startElement("ul", this);
    out.writeAttribute("class", "pp-module-counts", null);
    out.writeAttribute("id", "counts-" + tile.getSlug(), null);
    item(out, null, tile.getScreensText());
    item(out, null, tile.getExercisesText());
    item(out, tile.isQuizPassed() ? "pp-count-met" : null, tile.getQuizText());
    out.endElement("ul");
  }

  private void span(ResponseWriter out, String styleClass, String id, String text)
      throws IOException {
    out.startElement("span", this);
    out.writeAttribute("class", styleClass, null);
    if (id != null) {
      out.writeAttribute("id", id, null);
    }
    out.writeText(text, null);
    out.endElement("span");
  }

  private void item(ResponseWriter out, String styleClass, String text) throws IOException {
    out.startElement("li", this);
    if (styleClass != null) {
      out.writeAttribute("class", styleClass, null);
    }
    out.writeText(text, null);
    out.endElement("li");
  }
}
