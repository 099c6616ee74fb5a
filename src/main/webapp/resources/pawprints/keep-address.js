/*
 * A page whose address names what it shows (a cohort's page: ?id=) posts its forms to the bare
 * page address, as Faces does, so after any action the address bar lost the id: a reload, a
 * bookmark or a shared link then opened an error (issue 13, first-hour trial). The page says its own
 * full address in data-page-address; this puts it back in the address bar without a new request.
 * Replacing the entry also turns a reload into a plain GET of the page, never a repeated action.
 */
(function () {
  "use strict";
  var holder = document.querySelector("[data-page-address]");
  if (!holder || !window.history || !window.history.replaceState) {
    return;
  }
  var address = holder.getAttribute("data-page-address");
  if (address && window.location.pathname + window.location.search !== address) {
    window.history.replaceState(window.history.state, "", address + window.location.hash);
  }
})();
