package org.pawprints.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Every page of the webapp, found on disk, against anonymous, participant, facilitator and
 * administrator, by GET and by POST (every Faces action posts to its page's address, so the POST
 * row covers every action). A page without a rule here fails the test: adding a page means deciding
 * who may open it.
 */
@BrowserTest
class AuthorizationMatrixBrowserIT {

  enum Who {
    ANONYMOUS,
    PARTICIPANT,
    FACILITATOR,
    ADMIN
  }

  enum Access {
    PUBLIC,
    SIGNED_IN,
    PARTICIPANT,
    FACILITATOR,
    STAFF,
    ADMIN;

    boolean allows(Who who) {
      return switch (this) {
        case PUBLIC -> true;
        case SIGNED_IN -> who != Who.ANONYMOUS;
        case PARTICIPANT -> who == Who.PARTICIPANT;
        case FACILITATOR -> who == Who.FACILITATOR;
        case STAFF -> who == Who.FACILITATOR || who == Who.ADMIN;
        case ADMIN -> who == Who.ADMIN;
      };
    }
  }

  /** The rules, most specific first. Public pages are named one by one. */
  private static final Map<String, Access> RULES = new LinkedHashMap<>();

  static {
    // The bell's page: anyone signed in, whatever their role (also covered by "/account/").
    RULES.put("/account/notifications.xhtml", Access.SIGNED_IN);
    // Practice between sessions: own tracker and check-in (the services check the rest).
    RULES.put("/my/rituals.xhtml", Access.PARTICIPANT);
    RULES.put("/my/closeness.xhtml", Access.PARTICIPANT);
    RULES.put("/my/", Access.PARTICIPANT);
    // Live sessions: administrators may run them too (web.xml names these pages exactly).
    for (String page :
        List.of(
            "/facilitate/live-agenda.xhtml",
            "/facilitate/live-control.xhtml",
            "/facilitate/live-presenter.xhtml",
            "/facilitate/live-sessions.xhtml",
            "/facilitate/live-summary.xhtml",
            // Issue 15: the private follow-up list, for administrators too.
            "/facilitate/follow-ups.xhtml")) {
      RULES.put(page, Access.STAFF);
    }
    // Gentle nudges (issue 15): a cohort's nudge settings, for its facilitators and administrators.
    RULES.put("/facilitate/nudges.xhtml", Access.STAFF);
    // The private follow-up list (issue 15): administrators read it too (web.xml names it).
    RULES.put("/facilitate/follow-ups.xhtml", Access.STAFF);
    RULES.put("/facilitate/", Access.FACILITATOR);
    RULES.put("/admin/", Access.ADMIN);
    RULES.put("/account/", Access.SIGNED_IN);
    RULES.put("/error/", Access.PUBLIC);
    for (String page :
        List.of(
            "/index.xhtml",
            "/step.xhtml",
            "/right-for-us.xhtml",
            // Issue 15: help, one tap away, for anyone, signed in or not.
            "/help.xhtml",
            "/login.xhtml",
            "/forgot-password.xhtml",
            "/reset-password.xhtml",
            // Issue 13: a new facilitator's or administrator's welcome link.
            "/welcome.xhtml",
            "/setup.xhtml",
            "/invitation.xhtml",
            "/join.xhtml",
            "/join-confirm.xhtml",
            "/pair.xhtml")) {
      RULES.put(page, Access.PUBLIC);
    }
  }

  static {
    // Practice between sessions: participants only (named, so a change to "/my/" is a decision
    // for these pages too). Their services refuse anyone else as well.
    for (String page :
        List.of(
            "/my/practice.xhtml",
            "/my/bids.xhtml",
            "/my/appreciations.xhtml",
            "/my/repairs.xhtml")) {
      RULES.put(page, Access.PARTICIPANT);
    }
  }

  @Test
  void everyPageHasARuleAndTheServerEnforcesIt(Visitors visitors) throws IOException {
    List<String> pages = pages();
    assertTrue(pages.size() >= 15, "pages found on disk: " + pages);

    Map<Who, APIRequestContext> clients = new LinkedHashMap<>();
    clients.put(Who.ANONYMOUS, visitors.open("en-CA").request());
    clients.put(
        Who.PARTICIPANT, signedIn(visitors, visitors.people().create("pia", "en", "PARTICIPANT")));
    clients.put(
        Who.FACILITATOR, signedIn(visitors, visitors.people().create("fay", "en", "FACILITATOR")));
    clients.put(Who.ADMIN, signedIn(visitors, visitors.admin().person()));

    List<String> wrong = new ArrayList<>();
    for (String page : pages) {
      Access rule = ruleFor(page);
      for (Map.Entry<Who, APIRequestContext> client : clients.entrySet()) {
        APIResponse get =
            client.getValue().get(visitors.url(page), RequestOptions.create().setMaxRedirects(0));
        check(wrong, "GET", page, rule, client.getKey(), get);
        if (rule != Access.PUBLIC) {
          APIResponse post =
              client
                  .getValue()
                  .post(
                      visitors.url(page),
                      RequestOptions.create()
                          .setForm(FormData.create().set("anything", "x"))
                          .setMaxRedirects(0));
          check(wrong, "POST", page, rule, client.getKey(), post);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static void check(
      List<String> wrong, String method, String page, Access rule, Who who, APIResponse response) {
    int status = response.status();
    String location = response.headers().getOrDefault("location", "");
    boolean toLogin = status == 302 && location.contains("/login.xhtml");
    String outcome;
    if (rule.allows(who)) {
      outcome = status == 403 || toLogin || status >= 500 ? "refused or broken" : null;
    } else if (who == Who.ANONYMOUS) {
      outcome = toLogin ? null : "not sent to sign in";
    } else {
      outcome = status == 403 ? null : "not refused";
    }
    if (outcome != null) {
      wrong.add(
          method + " " + page + " as " + who + ": " + outcome + " (" + status + " " + location
              + ")");
    }
  }

  private static Access ruleFor(String page) {
    return RULES.entrySet().stream()
        .filter(
            rule ->
                rule.getKey().endsWith("/")
                    ? page.startsWith(rule.getKey())
                    : page.equals(rule.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseGet(() -> fail("No access rule for " + page + ": add one to RULES and to web.xml"));
  }

  /** Every Facelets page a browser can ask for: all .xhtml outside WEB-INF and resources. */
  static List<String> pages() throws IOException {
    Path webapp = Path.of("src/main/webapp");
    try (Stream<Path> files = Files.walk(webapp)) {
      return files
          .filter(f -> f.toString().endsWith(".xhtml"))
          .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
          .sorted()
          .toList();
    }
  }

  private static APIRequestContext signedIn(Visitors visitors, TestPerson person) {
    Page page = visitors.open("en-CA");
    visitors.signIn(page, person.email(), person.password());
    return page.request();
  }
}
