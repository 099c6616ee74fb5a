package org.pawprints.platform.web;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Read once per page view: a lookup that a page's parts each make (the signed-in participant's
 * cohorts, asked by the module lock, the answer form and the couple panel) is made once while a
 * page is opened (a GET), and its answer reused until that response is sent. Each statement costs
 * the server about half a millisecond of CPU, more than a whole bare page's share of some (issue
 * 11, pages). A form post (a postback) and anything outside a Faces request read afresh every time:
 * an action may change what it reads, and must see its own change. Code that changes such a thing
 * in a page view's own request calls {@link #forget}.
 */
public final class PageViewMemo {

  private static final String PREFIX = PageViewMemo.class.getName() + ":";

  private PageViewMemo() {}

  /** The value kept under this key for this page view, computed now if there is none yet. */
  public static <T> T once(String key, Supplier<T> read) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.isPostback()) {
      return read.get();
    }
    Map<Object, Object> attributes = faces.getAttributes();
    String name = PREFIX + key;
    @SuppressWarnings("unchecked")
    T kept = (T) attributes.get(name);
    if (kept == null) {
      kept = read.get();
      attributes.put(name, kept);
    }
    return kept;
  }

  /** Forgets everything kept for this request: what it read may just have changed. */
  public static void forget() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      faces.getAttributes().keySet().removeIf(k -> k instanceof String s && s.startsWith(PREFIX));
    }
  }
}
