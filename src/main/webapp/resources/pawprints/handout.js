// The handout's print button (issue 14): an external file because the CSP allows no inline script.
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("print-handout");
  if (button) {
    button.addEventListener("click", function () {
      window.print();
    });
  }
});
