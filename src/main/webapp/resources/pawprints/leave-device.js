/*
 * Leaving a shared device leaves nothing (issue 10, rule 11): signing out removes everything
 * Pawprints kept in this browser (the autosave copies of answers in localStorage, anything in
 * sessionStorage). The sign-out response also sends Clear-Site-Data, but browsers honour it only
 * over HTTPS or on localhost; this covers the rest. (Storage is per site, so signing out in one tab
 * clears what every tab of Pawprints kept.)
 *
 * A session can also end without signing out (issue 13: autosave keeps what was typed, under the
 * person's id, until they sign in again). When someone else signs in on this browser, every copy
 * kept for another person is removed before anything could show it.
 */
(function () {
  "use strict";

  function forgetEverything() {
    try {
      window.localStorage.clear();
      window.sessionStorage.clear();
    } catch (e) {
      /* Storage disabled: there is nothing to forget. */
    }
  }

  function forgetOtherPeoplesDrafts() {
    var me = document.querySelector('meta[name="pawprints-person"]');
    if (!me) {
      return; // Nobody signed in: a copy waits for its own person.
    }
    var mine = "pawprints-draft:" + me.getAttribute("content") + ":";
    try {
      for (var i = window.localStorage.length - 1; i >= 0; i--) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf("pawprints-draft:") === 0 && key.indexOf(mine) !== 0) {
          window.localStorage.removeItem(key);
        }
      }
    } catch (e) {
      /* Storage disabled: nothing was kept. */
    }
  }

  function init() {
    forgetOtherPeoplesDrafts();
    var signOut = document.getElementById("sign-out");
    if (signOut && signOut.form) {
      signOut.form.addEventListener("submit", forgetEverything);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
