// Timeline filters: by source and by person, without reloading. The page reads fine without
// this script: the filter form stays hidden and every event is shown.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var count = document.getElementById("filter-count");
  function apply() {
    var sources = Array.prototype.slice.call(form.querySelectorAll("input[name=source]:checked"))
      .map(function (box) { return box.value; });
    var person = form.querySelector("select[name=person]").value;
    var shown = 0;
    events.forEach(function (event) {
      var from = (event.getAttribute("data-sources") || "").split(" ");
      var who = (event.getAttribute("data-people") || "").split(" ");
      var visible = from.some(function (s) { return sources.indexOf(s) >= 0; })
        && (person === "" || who.indexOf(person) >= 0);
      event.hidden = !visible;
      if (visible) { shown++; }
    });
    document.querySelectorAll("section.day").forEach(function (day) {
      day.hidden = !day.querySelector("li.event:not([hidden])");
    });
    count.textContent = shown + " of " + events.length + " events shown";
  }
  form.hidden = false;
  form.addEventListener("change", apply);
  apply();
})();
