/*
 * The idle warning on every signed-in page (the <dialog id="idle-warning"> of the main template).
 * The session ends after data-lifetime ms without a request; data-warn-before ms earlier the
 * dialog asks whether the person is still there. "Stay signed in" (or Escape: whoever presses it
 * is there) POSTs to /keep-alive: 204 renews the session and closes the dialog; 410 means the
 * session has already ended, and the dialog says so with a link to sign in again (back to this
 * page). If nobody answers, the dialog turns into that message when the session ends.
 *
 * Someone typing a long answer makes no request: when the warning is due and the page was used
 * (key, pointer, scroll) since the last request, the session is renewed quietly instead of asking.
 * Every request counts as contact: a page load, a Faces Ajax request, a keep-alive. Tabs share the
 * time of their last contact through localStorage, so one busy tab keeps the others from warning.
 */
(function () {
  "use strict";

  var SHARED_KEY = "pawprints.lastContact";
  var dialog, lifetime, warnBefore, keepAliveUrl, warnTimer, endTimer;
  var lastContact = 0;
  var lastActivity = 0;
  var ended = false;

  function sharedContact() {
    try {
      return Number(window.localStorage.getItem(SHARED_KEY)) || 0;
    } catch (e) {
      return 0;
    }
  }

  function contact() {
    lastContact = Date.now();
    try {
      window.localStorage.setItem(SHARED_KEY, String(lastContact));
    } catch (e) {
      /* Storage disabled: this tab keeps its own time. */
    }
    schedule(lifetime - warnBefore);
  }

  function schedule(delay) {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(warnOrRenew, Math.max(delay, 0));
  }

  function warnOrRenew() {
    var other = sharedContact();
    if (other > lastContact) { // another tab talked to the server since
      lastContact = other;
      schedule(other + lifetime - warnBefore - Date.now());
    } else if (lastActivity > lastContact) {
      keepAlive();
    } else {
      ask();
    }
  }

  function ask() {
    if (!dialog.open) {
      dialog.showModal();
    }
    endTimer = setTimeout(end, Math.max(lastContact + lifetime - Date.now(), 0));
  }

  function keepAlive() {
    window
      .fetch(keepAliveUrl, { method: "POST", credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (response.status === 204) {
          if (dialog.open) {
            dialog.close();
          }
          contact();
        } else {
          end();
        }
      })
      .catch(function () {
        /* No network: the dialog stays, and the person can try again. */
      });
  }

  function end() {
    ended = true;
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    var signIn = document.getElementById("idle-sign-in");
    // Facelets leaves out an empty attribute: the root context has no data-context at all.
    var context = signIn.getAttribute("data-context") || "";
    var back = window.location.pathname.substring(context.length);
    signIn.href += "?return=" + encodeURIComponent(back + window.location.search);
    document.getElementById("idle-asking").hidden = true;
    document.getElementById("idle-ended").hidden = false;
    dialog.setAttribute("aria-labelledby", "idle-ended-title");
    dialog.setAttribute("aria-describedby", "idle-ended-text");
    if (!dialog.open) {
      dialog.showModal();
    }
    signIn.focus();
  }

  function init() {
    dialog = document.getElementById("idle-warning");
    if (!dialog || typeof dialog.showModal !== "function") {
      return;
    }
    lifetime = Number(dialog.getAttribute("data-lifetime"));
    warnBefore = Number(dialog.getAttribute("data-warn-before"));
    keepAliveUrl = dialog.getAttribute("data-keep-alive");
    document.getElementById("stay").addEventListener("click", keepAlive);
    dialog.addEventListener("cancel", function (event) {
      event.preventDefault(); // Escape: stay signed in, or keep the signed-out message
      if (!ended) {
        keepAlive();
      }
    });
    ["keydown", "pointerdown", "scroll", "input"].forEach(function (type) {
      document.addEventListener(type, function () {
        lastActivity = Date.now();
      }, { capture: true, passive: true });
    });
    if (window.jQuery) {
      window.jQuery(document).on("ajaxComplete", contact); // Faces Ajax through PrimeFaces
    }
    contact();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
