package org.pawprints.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import java.io.IOException;

/**
 * Lets a postback skip Faces' second apply of its page, when its action says that the tree built
 * while restoring the view is already the one to render.
 *
 * <p>Mojarra applies the Facelets twice per postback with partial state saving: once when the view
 * is restored (the tree is rebuilt from the page, then the saved changes are applied), and again at
 * the start of rendering (RenderResponsePhase calls {@code buildView}, which re-applies the page to
 * the populated view so that {@code c:if}, {@code c:forEach} and dynamic includes follow what the
 * action changed). There is no Mojarra setting to skip the second apply. For an action that changed
 * nothing the page's tags read (a live phone's refresh renders the state read when the view was
 * restored), the second apply rebuilds the same tree: {@link #keepTree} skips it for that request
 * and that view only. Any other request, or a navigation to another view, builds as before.
 */
public class BuiltOnce extends ViewDeclarationLanguageFactory {

  private static final String KEEP = BuiltOnce.class.getName() + ".keep";

  public BuiltOnce(ViewDeclarationLanguageFactory wrapped) {
    super(wrapped);
  }

  /**
   * This request's view renders the tree built when it was restored: its action changed nothing the
   * page's build-time tags ({@code c:if}, {@code ui:include src}) read.
   */
  public static void keepTree() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot() != null) {
      faces.getAttributes().put(KEEP, faces.getViewRoot());
    }
  }

  @Override
  public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
    ViewDeclarationLanguage vdl = getWrapped().getViewDeclarationLanguage(viewId);
    return vdl == null ? null : new Keeping(vdl);
  }

  private static final class Keeping extends ViewDeclarationLanguageWrapper {

    Keeping(ViewDeclarationLanguage wrapped) {
      super(wrapped);
    }

    @Override
    public void buildView(FacesContext context, UIViewRoot root) throws IOException {
      if (context.getAttributes().get(KEEP) == root) {
        return;
      }
      getWrapped().buildView(context, root);
    }
  }
}
