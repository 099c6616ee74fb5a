package org.pawprints.platform.web;

import jakarta.faces.context.FacesContext;

/**
 * Expression Language functions for pages ({@code #{pp:contextPath()}}, declared in {@code
 * WEB-INF/pawprints.taglib.xml}). A function is a static call bound when the page is compiled: it
 * skips the resolver chain an implicit object such as {@code #{request.contextPath}} goes through
 * on every evaluation (Weld's resolver first, then a new CDI instance of the request), which the
 * header alone asked a dozen times per page (issue 11, pages).
 */
public final class PageFunctions {

  private PageFunctions() {}

  /** The application's context path ("" at the root), to prefix a page's own links. */
  public static String contextPath() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }
}
