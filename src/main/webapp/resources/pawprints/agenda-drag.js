/*
 * Reordering a live session's agenda by drag and drop (issue 12). Each item carries its position;
 * a drop asks the page (remoteCommand agendaMoveTo) to move it there, through the same service
 * and checks as the Up and Down buttons, which stay for keyboard and screen-reader users.
 */
(function () {
  "use strict";

  var from = null;

  function item(target) {
    return target && target.closest ? target.closest("#items li[data-position]") : null;
  }

  document.addEventListener("dragstart", function (e) {
    var li = item(e.target);
    if (!li) {
      return;
    }
    from = li.getAttribute("data-position");
    li.classList.add("pp-dragging");
    e.dataTransfer.effectAllowed = "move";
    e.dataTransfer.setData("text/plain", from);
  });

  document.addEventListener("dragover", function (e) {
    var li = item(e.target);
    if (li && from !== null) {
      e.preventDefault();
      e.dataTransfer.dropEffect = "move";
      var marked = document.querySelectorAll("#items .pp-drop-here");
      for (var i = 0; i < marked.length; i++) {
        if (marked[i] !== li) {
          marked[i].classList.remove("pp-drop-here");
        }
      }
      li.classList.add("pp-drop-here");
    }
  });

  document.addEventListener("drop", function (e) {
    var li = item(e.target);
    if (!li || from === null) {
      return;
    }
    e.preventDefault();
    var to = li.getAttribute("data-position");
    var moved = from;
    from = null;
    if (moved !== to && typeof window.agendaMoveTo === "function") {
      window.agendaMoveTo([
        { name: "from", value: moved },
        { name: "to", value: to }
      ]);
    }
  });

  document.addEventListener("dragend", function () {
    from = null;
    var marked = document.querySelectorAll("#items .pp-dragging, #items .pp-drop-here");
    for (var i = 0; i < marked.length; i++) {
      marked[i].classList.remove("pp-dragging", "pp-drop-here");
    }
  });
})();
