package org.pawprints.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** What Faces pages keep needing: who is asking, 404 and 403 answers, and local redirects. */
public final class FacesPages {

  private FacesPages() {}

  public static String clientAddress() {
    return ClientAddress.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /** Answers 404 for an id that names nothing, or a missing id. */
  public static void notFound() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
    faces.responseComplete();
  }

  /** Answers 403: the cohort is not the viewer's to see. */
  public static void forbidden() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
    faces.responseComplete();
  }

  /** Redirects to a page of this application, by its path inside the application. */
  public static void redirect(String path) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  /** Whether the page was opened under /admin/ (else /facilitate/). */
  public static boolean underAdmin() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.getRequestServletPath().startsWith("/admin/");
  }
}
