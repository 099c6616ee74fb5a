/*
 * A live session's screen follows the room (issue 12). The socket (f:websocket, channel "live")
 * only says "session S is at version V"; this script then asks the page to fetch its state by
 * ajax (the page's remoteCommand liveRefresh), so every check and every rendering stays the
 * server's. It also fetches when the page becomes visible again (a phone back from sleep), counts
 * timers down from the end time the page was given, and reloads the page when the socket gave up.
 */
(function () {
  "use strict";

  var refreshing = false;
  var again = false;
  var lastRefresh = Date.now();

  /** A screen says "still here" at least this often (the facilitator's "who is here" list). */
  var STILL_HERE_MS = 50000;

  function root() {
    return document.getElementById("live-root");
  }

  function number(name) {
    var r = root();
    return r ? parseInt(r.getAttribute(name), 10) : NaN;
  }

  /** What a half-typed open answer says, kept across a refresh that re-renders its field. */
  function keepTyping() {
    var field = document.querySelector("textarea[data-activity]");
    return field && field.value ? { activity: field.getAttribute("data-activity"), text: field.value } : null;
  }

  function restoreTyping(kept) {
    var field = kept && document.querySelector("textarea[data-activity='" + kept.activity + "']");
    if (field && !field.value) {
      field.value = kept.text;
    }
  }

  function refresh() {
    if (typeof window.liveRefresh !== "function") {
      return;
    }
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = true;
    lastRefresh = Date.now();
    var kept = keepTyping();
    window.liveRefresh({
      oncomplete: function () {
        restoreTyping(kept);
        refreshing = false;
        tick();
        if (again) {
          again = false;
          refresh();
        }
      }
    });
  }

  function message(data) {
    var m = typeof data === "string" ? JSON.parse(data) : data;
    if (!m || m.s !== number("data-session")) {
      return;
    }
    var staff = root().getAttribute("data-staff") === "true";
    // A newer version (one push or several missed ones) or, on a facilitator's screen, new answers.
    // The heartbeat (same version) refreshes now and then, so the screen still counts as here.
    // "c": something changed inside a couple (sent only to that couple and the facilitators).
    if (m.v > number("data-version") || (m.a && staff) || m.c || Date.now() - lastRefresh > STILL_HERE_MS) {
      refresh();
    }
  }

  function closed() {
    // The socket stopped retrying (or the server no longer knows this page): start afresh.
    window.location.reload();
  }

  function pad(n) {
    return n < 10 ? "0" + n : String(n);
  }

  /** Every timer on the page shows the time left, from the end instant and the server's clock. */
  function tick() {
    var timers = document.querySelectorAll("[data-ends]");
    for (var i = 0; i < timers.length; i++) {
      var t = timers[i];
      var skew = parseInt(t.getAttribute("data-now"), 10) - parseInt(t.getAttribute("data-rendered"), 10);
      var left = Math.max(0, parseInt(t.getAttribute("data-ends"), 10) - (Date.now() + skew));
      var seconds = Math.ceil(left / 1000);
      t.textContent = Math.floor(seconds / 60) + ":" + pad(seconds % 60);
      t.classList.toggle("pp-timer-done", left === 0);
    }
  }

  function stampTimers() {
    var timers = document.querySelectorAll("[data-ends]:not([data-rendered])");
    for (var i = 0; i < timers.length; i++) {
      timers[i].setAttribute("data-rendered", String(Date.now()));
    }
  }

  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      refresh();
    }
  });

  window.setInterval(function () {
    stampTimers();
    tick();
  }, 1000);

  window.pawprintsLive = { message: message, closed: closed, refresh: refresh };
})();
