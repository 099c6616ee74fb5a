/*
 * Nothing typed is lost: every keystroke in an answer box is also kept in this browser
 * (localStorage) until the server has saved that exact text. If the session expired or the
 * connection dropped, the draft is put back when the page opens again, and saved.
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

  function keep(box) {
    try {
      window.localStorage.setItem(box.dataset.draftKey, JSON.stringify({ v: box.value, t: Date.now() }));
    } catch (e) {
      /* Storage full or disabled: the server autosave still runs. */
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
      window.jQuery(document).on("pfAjaxComplete", function () {
        Array.prototype.forEach.call(document.querySelectorAll("textarea[data-draft-key]"), forgetIfSaved);
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
