// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // After a failed submit, move focus to the error summary so screen reader and keyboard users hear it first.
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
  document.querySelectorAll(".picker").forEach(enhancePicker);
});

// People and organisation picker: ticking a match moves it to the chosen list (and keeps focus in the search box,
// so the next name can be typed); unticking a chosen one removes it. Enter searches instead of submitting.
function enhancePicker(picker) {
  var search = picker.querySelector("input[type=search]");
  var chosen = picker.querySelector(".picker__chosen");
  var find = picker.querySelector(".picker__find");
  if (find) { find.hidden = true; }
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") { e.preventDefault(); htmx.trigger(search, "search"); }
  });
  picker.addEventListener("change", function (e) {
    var box = e.target;
    if (box.name !== "participants") { return; }
    var item = box.closest("li");
    if (box.checked && !chosen.contains(item)) {
      chosen.appendChild(item);
      box.focus();
    } else if (!box.checked && chosen.contains(item)) {
      item.remove();
      search.focus();
    }
  });
}
