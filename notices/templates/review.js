// Filters for the review page. Without JavaScript every notice is shown.
(function () {
  var controls = document.getElementById("filters");
  var query = document.getElementById("filter-text");
  var onlyFindings = document.getElementById("filter-findings");
  var onlyHearings = document.getElementById("filter-hearings");
  var count = document.getElementById("filter-count");
  var notices = Array.prototype.slice.call(document.querySelectorAll("section.notice"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("#schedule tbody tr"));
  controls.hidden = false;

  function apply() {
    var words = query.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var shown = {};
    var visible = 0;
    notices.forEach(function (notice) {
      var text = notice.textContent.toLowerCase();
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
