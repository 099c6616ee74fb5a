/*
 * Nothing typed is lost: every keystroke in an answer box is also kept in this browser
 * (localStorage, under the person's id and the exercise, never sent anywhere) until the server has
 * saved that exact text. If the session expired or the connection dropped, the draft is put back
 * when the page opens again, and saved. Signing out removes every kept copy, and so does another
 * person signing in on this device (leave-device.js).
 *
 * The autosave's own Ajax request is not "global" (no busy indicator), so PrimeFaces tells the
 * document nothing about it: its p:ajax calls window.pawprintsAutosave.answered (onsuccess, which
 * may stop PrimeFaces from following a redirect to the sign-in page) and .completed (oncomplete).
 */
(function () {
  "use strict";

  function read(key) {
    try {
      var draft = JSON.parse(window.localStorage.getItem(key));
      return draft && typeof draft.v === "string" ? draft : null;
    } catch (e) {
      return null;
    }
  }

  var keptHere = true;

  function keep(box) {
    try {
      window.localStorage.setItem(box.dataset.draftKey, JSON.stringify({ v: box.value, t: Date.now() }));
      keptHere = true;
    } catch (e) {
      keptHere = false; // Storage full or disabled: the server autosave still runs.
    }
  }

  function forgetIfSaved(box) {
    // A withdrawn answer must not come back from this browser's copy.
    if (document.querySelector("[data-draft-withdrawn]")) {
      window.localStorage.removeItem(box.dataset.draftKey);
      return;
    }
    var marker = document.querySelector("[data-saved-length]");
    var draft = read(box.dataset.draftKey);
    if (marker && draft && draft.v === box.value &&
        String(box.value.length) === marker.getAttribute("data-saved-length")) {
      window.localStorage.removeItem(box.dataset.draftKey);
    }
  }

  /*
   * The session ended while typing (issue 13): the save was answered by the sign-in page (a
   * redirect the browser followed), by 401/403, or by an ajax redirect to it. The words stay in
   * this browser; the note says so and its link signs in and comes back here, where they are put
   * back and saved.
   */
  function signedOut(xhr) {
    if (!xhr) {
      return false;
    }
    if (xhr.status === 401 || xhr.status === 403) {
      return true;
    }
    var url = xhr.responseURL || "";
    var text = typeof xhr.responseText === "string" ? xhr.responseText : "";
    return url.indexOf("/login.xhtml") >= 0 || /<redirect url="[^"]*\/login\.xhtml/.test(text);
  }

  function tellSignedOut() {
    var note = document.getElementById("signed-out-while-typing");
    if (!note) {
      return;
    }
    // Only say the words are kept on this device when they are.
    document.getElementById("signed-out-kept").hidden = !keptHere;
    document.getElementById("signed-out-not-kept").hidden = keptHere;
    var link = document.getElementById("sign-in-again");
    if (link) {
      var context = link.getAttribute("data-context") || "";
      var here = window.location.pathname.substring(context.length) + window.location.search;
      link.href = context + "/login.xhtml?return=" + encodeURIComponent(here);
    }
    // role="alert" announces it; the focus stays in the answer box, where the person types.
    note.hidden = false;
  }

  function forgetSaved() {
    Array.prototype.forEach.call(document.querySelectorAll("textarea[data-draft-key]"), forgetIfSaved);
  }

  window.pawprintsAutosave = {
    /** The autosave was answered: true (PrimeFaces then does nothing more) when it was refused. */
    answered: function (xhr) {
      if (signedOut(xhr)) {
        tellSignedOut();
        return true;
      }
      return false;
    },
    /** The autosave is over and the page updated: forget the browser's copy if it was saved. */
    completed: function (xhr) {
      if (!signedOut(xhr)) {
        forgetSaved();
      }
    }
  };

  function init() {
    var boxes = document.querySelectorAll("textarea[data-draft-key]");
    Array.prototype.forEach.call(boxes, function (box) {
      var draft = read(box.dataset.draftKey);
      if (draft && draft.v !== box.value && draft.v.trim() !== "") {
        box.value = draft.v;
        var note = document.getElementById("draft-restored");
        if (note) {
          note.hidden = false;
        }
        box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
      } else if (draft) {
        window.localStorage.removeItem(box.dataset.draftKey);
      }
      box.addEventListener("input", function () {
        keep(box);
        // Pasting, dictating or autocorrect fire no key events: nudge the autosave, which
        // listens to keyup and waits for a pause, so typed keys are not saved twice.
        box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
      });
    });
    if (window.jQuery) {
      window.jQuery(document).on("pfAjaxComplete", function (event, xhr) {
        if (signedOut(xhr)) {
          tellSignedOut();
          return;
        }
        forgetSaved();
      });
      window.jQuery(document).on("pfAjaxError", function (event, xhr) {
        if (signedOut(xhr)) {
          tellSignedOut();
        }
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
