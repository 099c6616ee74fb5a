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

  /**
   * What a person is typing on this screen (an open answer, a couple exercise, a helper label),
   * kept across a refresh that re-renders its field: a push must never wipe half-typed words, nor
   * close a phone's keyboard by taking the focus away. Fields are known by their id, which the
   * server renders the same each time, and answers also by their activity.
   */
  function keepTyping() {
    var kept = [];
    var area = document.getElementById("live-area");
    var fields = area ? area.querySelectorAll("textarea[id], input[type='text'][id]") : [];
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if (f.value || f === document.activeElement) {
        kept.push({
          id: f.id,
          activity: activityOf(f),
          text: f.value,
          // A number the person changed from what the server drew (the timer's minutes, which the
          // server draws from the plan again at every refresh).
          number: !!f.closest(".ui-inputnumber") && f.value !== f.defaultValue,
          focused: f === document.activeElement,
          start: f.selectionStart,
          end: f.selectionEnd
        });
      }
    }
    // Boxes ticked or unticked but not yet sent (a choose-all-that-fit poll) are kept the same
    // way: only those the person changed since the server drew them, with their activity.
    var boxes = area ? area.querySelectorAll("input[type='checkbox'][id]") : [];
    for (var j = 0; j < boxes.length; j++) {
      var b = boxes[j];
      var owner = b.closest("[data-activity]");
      if (owner && b.checked !== b.defaultChecked) {
        kept.push({ id: b.id, activity: owner.getAttribute("data-activity"), box: true, checked: b.checked });
      }
    }
    return kept;
  }

  /** Puts back a tick the refresh drew otherwise, through PrimeFaces' own box (its look follows). */
  function restoreTick(k) {
    var input = document.getElementById(k.id);
    var owner = input && input.closest("[data-activity]");
    if (!input || input.disabled || !owner || owner.getAttribute("data-activity") !== k.activity
        || input.checked === k.checked) {
      return;
    }
    var holder = input.closest(".ui-chkbox");
    var box = holder && holder.querySelector(".ui-chkbox-box");
    if (box) {
      box.click();
    } else {
      input.checked = k.checked;
    }
  }

  /** The activity a field belongs to: its own mark, else the nearest around it (or none). */
  function activityOf(field) {
    var owner = field.hasAttribute("data-activity") ? field : field.closest("[data-activity]");
    return owner ? owner.getAttribute("data-activity") : null;
  }

  /**
   * Puts a typed number back through PrimeFaces' own widget, which keeps the value the form sends
   * (a hidden field) in step; only while the server still draws what it drew before the person
   * typed (the same activity, the same plan).
   */
  function restoreNumber(field, text) {
    var holder = field.closest(".ui-inputnumber");
    var widget = holder && window.PrimeFaces && PrimeFaces.getWidgetById(holder.id);
    if (widget && field.value === field.defaultValue && field.value !== text) {
      widget.setValue(text);
    }
  }

  function restoreTyping(kept) {
    for (var i = 0; i < kept.length; i++) {
      var k = kept[i];
      if (k.box) {
        restoreTick(k);
        continue;
      }
      var field = document.getElementById(k.id);
      // An answer belongs to its activity: words typed for one question never land in the next.
      if (!field || field.disabled || field.readOnly || activityOf(field) !== k.activity) {
        continue;
      }
      if (k.number) {
        restoreNumber(field, k.text);
      } else if (!field.value && k.text) {
        field.value = k.text;
      }
      if (k.focused && document.activeElement !== field) {
        field.focus();
        try {
          field.setSelectionRange(k.start, k.end);
        } catch (ignored) {
          // Some input types have no selection; the focus alone is what matters.
        }
      }
    }
  }

  /** Whether an ajax response is this script's refresh (the "sync" form's remoteCommand). */
  function isRefresh(settings) {
    var source = settings && settings.source;
    var id = source && (typeof source === "string" ? source : source.id);
    return typeof id === "string" && id.indexOf("sync:") === 0;
  }

  // Taken just before a refresh's response replaces the fields and put back just after, both in
  // the same task as the replacement, so even words typed while the request was on its way are
  // kept. PrimeFaces announces both moments on the document for every request.
  var keptForRefresh = [];
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxSuccess", function (event, xhr, settings) {
      if (isRefresh(settings) && !heldBack) {
        keptForRefresh = keepTyping();
      }
    });
    window.jQuery(document).on("pfAjaxUpdated", function (event, xhr, settings) {
      if (isRefresh(settings)) {
        restoreTyping(keptForRefresh);
        keptForRefresh = [];
      }
      // Any response may have drawn a timer (a refresh, or the person's own Save): show its time
      // at once rather than an empty box until the next second.
      tick();
    });
  }

  /** Whether a dialog (a "really end the session?" confirm) is open over the live area. */
  function dialogOpen() {
    var dialogs = document.querySelectorAll(".ui-dialog");
    for (var i = 0; i < dialogs.length; i++) {
      var style = window.getComputedStyle(dialogs[i]);
      if (style.display !== "none" && style.visibility !== "hidden") {
        return true;
      }
    }
    return false;
  }

  var waitingForDialog = false;

  function refresh() {
    if (typeof window.liveRefresh !== "function") {
      return;
    }
    // Redrawing the area under an open confirm would close it under the facilitator's finger (in
    // a busy room answers arrive every second): wait until it is answered, then catch up.
    if (dialogOpen()) {
      if (!waitingForDialog) {
        waitingForDialog = true;
        window.setTimeout(function () {
          waitingForDialog = false;
          refresh();
        }, 300);
      }
      return;
    }
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = true;
    lastRefresh = Date.now();
    whenFormsHaveTheirNonce(function () {
      // No arguments: the remote command would read them as request parameters.
      window.liveRefresh();
    });
  }

  /*
   * PrimeFaces gives the page's forms their CSP nonce in a jQuery ready handler, which the page
   * registers in its head. The socket can open before that handler has run (jQuery runs ready
   * handlers a task after DOMContentLoaded, and the window's load can come first), and a refresh
   * sent then carries no nonce: the server refuses it ("CSP nonce mismatch") and the state a push
   * brought during the load is lost. A ready handler registered now runs after PrimeFaces' one.
   */
  function whenFormsHaveTheirNonce(send) {
    var sync = document.getElementById("sync");
    if (!window.jQuery || (sync && sync.elements["primefaces.nonce"])) {
      send();
    } else {
      window.jQuery(send);
    }
  }

  // One refresh at a time: pushes that arrive while one is on its way ask for one more after it,
  // not one each (a busy room sends several a second). The end is known from PrimeFaces' document
  // event: the remoteCommand's function takes request parameters, not callbacks.
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", function (event, xhr, settings) {
      if (!isRefresh(settings)) {
        return;
      }
      refreshing = false;
      tick();
      if (again) {
        again = false;
        refresh();
      }
    });
  }

  /*
   * A press (a finger or a mouse button down) inside the live area holds a refresh's redrawing
   * back until it is released. Redrawn between press and release, the button under the finger is
   * a new one and the tap is lost without a word: "Next" did nothing, in a busy room where answers
   * arrive every second. The held response is dropped and fetched again after the release (its
   * tap may have moved the session on meanwhile, so drawing the old one late would be wrong).
   */
  var pressed = false;
  var heldBack = false;
  var pressLimit = 0;

  function inLiveArea(node) {
    var area = document.getElementById("live-area");
    return !!area && node instanceof Node && area.contains(node);
  }

  document.addEventListener("pointerdown", function (event) {
    if (inLiveArea(event.target)) {
      pressed = true;
      // A press that never ends (the pointer left the window) holds nothing back for long.
      window.clearTimeout(pressLimit);
      pressLimit = window.setTimeout(released, 3000);
    }
  }, true);

  function released() {
    window.clearTimeout(pressLimit);
    if (!pressed) {
      return;
    }
    pressed = false;
    if (heldBack) {
      heldBack = false;
      // After the click that this release makes (same task), so the tap goes first.
      window.setTimeout(refresh, 0);
    }
  }

  document.addEventListener("pointerup", released, true);
  document.addEventListener("pointercancel", released, true);

  /** The refresh's onsuccess: true keeps PrimeFaces from drawing the response (held back). */
  function holdBack() {
    if (pressed) {
      heldBack = true;
      return true;
    }
    return false;
  }

  /*
   * A push about this screen's own change (the facilitator's "Next") comes while the request that
   * made it is still on its way: the push is sent when the change is committed, before the answer
   * that draws it. Refreshed then, the screen drew the same state twice, and the second drawing
   * came just after the first, over whatever the person had started typing (the timer's minutes).
   * So a push that arrives during one of this screen's own requests is read once that request's
   * answer is drawn: by then it usually says nothing new.
   */
  var ownRequests = 0;
  var ownSince = 0;
  var heardMeanwhile = [];
  /** Longest a push waits for the screen's own request: a request never seen to end holds none. */
  var OWN_REQUEST_LIMIT_MS = 10000;
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxSend", function (event, xhr, settings) {
      if (!isRefresh(settings)) {
        if (ownRequests === 0) {
          ownSince = Date.now();
        }
        ownRequests++;
      }
    });
    window.jQuery(document).on("pfAjaxComplete", function (event, xhr, settings) {
      if (isRefresh(settings) || ownRequests === 0) {
        return;
      }
      ownRequests--;
      if (ownRequests === 0) {
        readWhatWasHeard();
      }
    });
  }

  /** The pushes heard while the screen's own requests were on their way, read now. */
  function readWhatWasHeard() {
    var heard = heardMeanwhile;
    heardMeanwhile = [];
    for (var i = 0; i < heard.length; i++) {
      message(heard[i]);
    }
  }

  /** The screen's own request was never seen to end: read what was heard meanwhile now. */
  function giveUpWaiting() {
    ownRequests = 0;
    readWhatWasHeard();
  }

  function message(data) {
    var m = typeof data === "string" ? JSON.parse(data) : data;
    if (!m || m.s !== number("data-session")) {
      return;
    }
    if (ownRequests > 0 && Date.now() - ownSince > OWN_REQUEST_LIMIT_MS) {
      giveUpWaiting();
    }
    if (ownRequests > 0) {
      if (heardMeanwhile.length === 0) {
        window.setTimeout(function () {
          if (ownRequests > 0 && Date.now() - ownSince >= OWN_REQUEST_LIMIT_MS) {
            giveUpWaiting();
          }
        }, OWN_REQUEST_LIMIT_MS);
      }
      heardMeanwhile.push(m);
      return;
    }
    var staff = root().getAttribute("data-staff") === "true";
    // A newer version (one push or several missed ones) or, on a facilitator's screen, new answers.
    // The heartbeat (same version) refreshes now and then, so the screen still counts as here.
    // "c": something changed inside a couple (sent only to that couple and the facilitators).
    if (m.v > number("data-version") || (m.a && staff) || m.c || Date.now() - lastRefresh > STILL_HERE_MS) {
      if (staff || !(m.w || m.d)) {
        refresh();
      } else {
        refreshInSlot(m.w || 0, m.d || 0);
      }
    }
  }

  /*
   * In a busy hour the server gives each room's phones a slot: wait "w" ms, then up to "d" more at
   * random (RefreshSpread). A thousand phones asking in the same instant would take every request
   * thread the server has and hold up a facilitator's "Next" in another room; asking in their slots,
   * they arrive about as fast as the server answers. One wait at a time: a later push while waiting
   * is read by the refresh that ends it.
   */
  var slotTimer = 0;

  function refreshInSlot(from, spread) {
    if (slotTimer) {
      return;
    }
    slotTimer = window.setTimeout(function () {
      slotTimer = 0;
      refresh();
    }, from + Math.random() * spread);
  }

  function opened() {
    // A push sent while the socket was not yet (or no longer) connected is lost: between the
    // page's render and the socket's opening, or while a phone slept and the socket reconnected.
    // So every opening asks for the state once, rather than waiting for the heartbeat.
    refresh();
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
    // A timer the last refresh just drew has no render stamp yet: stamp it first, or it would
    // read "NaN:NaN" until the next second.
    stampTimers();
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

  // A phone's options, numbers, reactions and upvotes are plain buttons (cheaper to draw at every
  // refresh than a PrimeFaces button each): a tap calls the remote command the button names, with
  // what the button says it is (its choice, kind or question, and the activity on screen when it
  // was drawn). One listener on the document serves every button, drawn now or by a later refresh.
  var TAP_PARAMETERS = ["choice", "kind", "question", "shown"];
  document.addEventListener("click", function (event) {
    var button = event.target && event.target.closest ? event.target.closest("button[data-live-tap]") : null;
    if (!button || button.disabled) {
      return;
    }
    var send = window[button.getAttribute("data-live-tap")];
    if (typeof send !== "function") {
      return;
    }
    var parameters = [];
    for (var i = 0; i < TAP_PARAMETERS.length; i++) {
      var value = button.getAttribute("data-" + TAP_PARAMETERS[i]);
      if (value !== null) {
        parameters.push({ name: TAP_PARAMETERS[i], value: value });
      }
    }
    send(parameters);
  });

  // The first drawing of the page shows its timers at once too.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", tick);
  } else {
    tick();
  }

  window.setInterval(function () {
    stampTimers();
    tick();
  }, 1000);

  window.pawprintsLive = { opened: opened, message: message, closed: closed, refresh: refresh, holdBack: holdBack };
})();
