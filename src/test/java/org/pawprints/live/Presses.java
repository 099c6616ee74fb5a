package org.pawprints.live;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.BoundingBox;

/**
 * A facilitator's press that a redraw overtakes: the finger goes down on a button, an ajax answer
 * comes back and is drawn while the finger is still down (the live area's refresh after a push, or
 * a menu's answer), then the finger lifts. In a busy room this happens all the time; the tap must
 * still count, so the redraw must not replace the button under the finger.
 */
final class Presses {

  private Presses() {}

  /**
   * A script that starts an ajax request ({@code start}, a statement that may use the arguments
   * {@code menu} and {@code value}) and waits until the answer to a request whose source id begins
   * with {@code source} has finished, drawn or not.
   */
  private static String startAndWait(String start) {
    return """
        ([source, menu, value]) => new Promise(done => {
          const doc = jQuery(document);
          const finished = (event, xhr, settings) => {
            const from = settings && settings.source;
            const id = typeof from === 'string' ? from : from && from.id;
            if (typeof id === 'string' && id.startsWith(source)) {
              doc.off('pfAjaxComplete', finished);
              done();
            }
          };
          doc.on('pfAjaxComplete', finished);
          %s
        })
        """
        .formatted(start);
  }

  /** The live area's next refresh (its "sync:" remoteCommand). */
  private static final String REFRESH_AND_WAIT = startAndWait("pawprintsLive.refresh();");

  /** A choice in a PrimeFaces select menu, sent by the menu's own change as a tap would send it. */
  private static final String CHOOSE_AND_WAIT =
      startAndWait(
          "const widget = PrimeFaces.getWidgetById(menu); widget.selectValue(value);"
              + " widget.triggerChange();");

  /** Presses the button, lets a refresh of the live area come back meanwhile, then releases. */
  static void pressWhileTheRoomRefreshes(Page page, Locator button) {
    press(page, button, () -> page.evaluate(REFRESH_AND_WAIT, new String[] {"sync:", "", ""}));
  }

  /**
   * Presses the button while the select menu {@code menuId} changes to {@code value} and its answer
   * comes back, then releases: a facilitator who chose in a menu and tapped a button at once.
   */
  static void pressWhileAMenuAnswers(Page page, Locator button, String menuId, String value) {
    press(page, button, () -> page.evaluate(CHOOSE_AND_WAIT, new String[] {menuId, menuId, value}));
  }

  /** Finger down on the button's middle, {@code whileDown}, finger up. */
  private static void press(Page page, Locator button, Runnable whileDown) {
    BoundingBox box = whereItIs(button);
    page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
    page.mouse().down();
    whileDown.run();
    page.mouse().up();
  }

  /**
   * Where the button is on the screen. A refresh that lands meanwhile (someone joins the room)
   * replaces the button with an identical one in the same place, so measuring again is all it
   * takes; Playwright does not retry a scroll whose element was detached under it.
   */
  private static BoundingBox whereItIs(Locator button) {
    PlaywrightException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        button.scrollIntoViewIfNeeded();
        BoundingBox box = button.boundingBox();
        if (box != null) {
          return box;
        }
      } catch (PlaywrightException detached) {
        last = detached;
      }
    }
    throw new AssertionError("The button kept being replaced by refreshes", last);
  }
}
