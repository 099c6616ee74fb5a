/*
 * Leaving a shared device leaves nothing (issue 10, rule 11): signing out removes everything
 * Pawprints kept in this browser (the autosave copies of answers in localStorage, anything in
 * sessionStorage). The sign-out response also sends Clear-Site-Data, but browsers honour it only
 * over HTTPS or on localhost; this covers the rest. (Storage is per site, so signing out in one tab
 * clears what every tab of Pawprints kept.)
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

  function init() {
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
