/*
 * Quick exit (issue 15): the "Leave quickly" button, or Esc pressed three times within 1.5 s,
 * replaces this page at once with a neutral site (location.replace, so Back does not return to
 * it), and signs out in the background. What was saved is kept; words typed since the last
 * autosave stay in this browser's copy (autosave.js), put back and saved at the next sign-in.
 *
 * Loaded in the head, before the page is drawn: when this tab left quickly and the person presses
 * Back onto an earlier Pawprints page, that page leaves again before it shows. A fresh visit (a
 * typed address, a bookmark) clears the mark and opens Pawprints as usual.
 */
(function () {
  "use strict";

  var LEFT = "pawprints-left-quickly";
  var PRESSES = 3;
  var WITHIN_MS = 1500;

  var settings = document.querySelector('meta[name="pawprints-quick-exit"]');
  if (!settings) {
    return;
  }
  var neutral = settings.getAttribute("content");
  var signOut = settings.getAttribute("data-sign-out");

  function mark(value) {
    try {
      if (value) {
        window.sessionStorage.setItem(LEFT, "1");
      } else {
        window.sessionStorage.removeItem(LEFT);
      }
    } catch (e) {
      /* Storage disabled: Back may show the sign-in page, never a signed-in one. */
    }
  }

  function leftBefore() {
    try {
      return window.sessionStorage.getItem(LEFT) === "1";
    } catch (e) {
      return false;
    }
  }

  function cameBack() {
    var entries = window.performance && window.performance.getEntriesByType
      ? window.performance.getEntriesByType("navigation") : [];
    return entries.length > 0 && entries[0].type === "back_forward";
  }

  function vanish() {
    document.documentElement.style.visibility = "hidden";
  }

  if (leftBefore()) {
    if (cameBack()) {
      vanish();
      window.location.replace(neutral);
      return;
    }
    mark(false);
  }
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && leftBefore()) {
      vanish();
      window.location.replace(neutral);
    }
  });

  function signOutInBackground() {
    if (navigator.sendBeacon && navigator.sendBeacon(signOut)) {
      return;
    }
    try {
      window.fetch(signOut, { method: "POST", keepalive: true, credentials: "same-origin" });
    } catch (e) {
      /* Nothing more a leaving page can do; the session still ends when it expires. */
    }
  }

  var leaving = false;

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    if (leaving) {
      return;
    }
    leaving = true;
    mark(true);
    vanish();
    signOutInBackground();
    window.location.replace(neutral);
  }

  var escapes = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") {
      return;
    }
    var now = Date.now();
    escapes.push(now);
    escapes = escapes.filter(function (at) {
      return now - at <= WITHIN_MS;
    });
    if (escapes.length >= PRESSES) {
      leave(event);
    }
  }, true);

  // Listened for on the document, from the moment this script runs: the button works as soon as
  // it is drawn, even while the rest of the page (scripts at the end of the body) still loads.
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest("#quick-exit")) {
      leave(event);
    }
  }, true);
})();
