package org.pawprints.testing.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.TestPeople.TestPerson;

/**
 * A context handed from one visitor to the next keeps nothing of the first visitor but the HTTP
 * cache: not the signed-in session, not a draft in localStorage, not an open page. If it kept
 * anything, a later test would start as someone else, or see their words.
 */
@BrowserTest
class ContextPoolBrowserIT {

  private static final String SCRIPT = "components.js";

  @Test
  void theNextVisitorGetsNoSessionNoStorageNoPageOnlyTheCache(Visitors visitors) {
    TestPerson ana = visitors.people().participant("pool-ana", "fr");
    ContextPool pool = ContextPool.of(visitors.browser());
    ContextPool.Pooled first = pool.take("fr-CA", "ContextPoolBrowserIT", "first");
    Page anas = first.context().newPage();
    anas.navigate(visitors.url("/login.xhtml")); // its scripts fill the context's cache
    visitors.signIn(anas, ana.email(), ana.password());
    assertThat(anas).hasURL(Pattern.compile("/my/index\\.xhtml"));
    anas.evaluate("() => localStorage.setItem('pp-draft', 'mes mots à moi')");

    pool.giveBack(first, visitors.url("/").replaceAll("/$", ""));
    ContextPool.Pooled second = pool.take("fr-CA", "ContextPoolBrowserIT", "second");
    assertSame(first.context(), second.context(), "the emptied context is handed on");
    assertEquals(0, second.context().pages().size(), "no page of the first visitor is left open");
    assertTrue(second.context().cookies().isEmpty(), "no cookie is left");

    Page next = second.context().newPage();
    next.navigate(visitors.url("/my/index.xhtml"));
    assertThat(next).hasURL(Pattern.compile("/login\\.xhtml"));
    assertEquals(null, next.evaluate("() => localStorage.getItem('pp-draft')"));
    // The sign-in page's scripts come from the cache the first visitor filled: nothing transferred.
    Object transferred =
        next.evaluate(
            "name => performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes(name)).map(e => e.transferSize)",
            SCRIPT);
    assertEquals(List.of(0), transferred, SCRIPT + " bytes over the network");
    pool.giveBack(second, visitors.url("/").replaceAll("/$", ""));
  }
}
