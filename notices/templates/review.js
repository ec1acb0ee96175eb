// Filters for the review page. Without JavaScript every notice is shown.
(function () {
  var controls = document.getElementById("filters");
  var query = document.getElementById("filter-text");
  var onlyFindings = document.getElementById("filter-findings");
  var onlyHearings = document.getElementById("filter-hearings");
  var count = document.getElementById("filter-count");
  var notices = Array.prototype.slice.call(document.querySelectorAll("section.notice"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("#schedule tbody tr"));
  // A notice is found by its schedule row's words too (时间待确认, 日期待定 are only there).
  var scheduled = {};
  rows.forEach(function (row) { scheduled[row.dataset.notice] = (scheduled[row.dataset.notice] || "") + " " + row.textContent; });
  controls.hidden = false;
  // The bar sticks to the top: a notice jumped to from the schedule must start below it, not under it.
  function reserve() { document.documentElement.style.setProperty("--filters-height", controls.offsetHeight + "px"); }
  window.addEventListener("resize", reserve);
  reserve();

  function apply() {
    var words = query.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var shown = {};
    var visible = 0;
    notices.forEach(function (notice) {
      var text = (notice.textContent + (scheduled[notice.id] || "")).toLowerCase();
      var show = words.every(function (w) { return text.indexOf(w) >= 0; }) &&
        (!onlyFindings.checked || notice.dataset.findings === "yes") &&
        (!onlyHearings.checked || notice.dataset.kind === "hearing");
      notice.hidden = !show;
      shown[notice.id] = show;
      if (show) { visible += 1; }
    });
    rows.forEach(function (row) { row.hidden = !shown[row.dataset.notice]; });
    count.textContent = visible + " / " + notices.length;
  }

  [query, onlyFindings, onlyHearings].forEach(function (el) { el.addEventListener("input", apply); });
  apply();
})();
