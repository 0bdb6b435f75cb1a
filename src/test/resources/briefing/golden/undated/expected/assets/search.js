// Search across people, events, quotes and articles, in the page: the index is a script beside
// it (search-index.js), so this works opened from disk as well as from a web host. Results are
// built as text nodes, never as HTML: article text is untrusted.
(function () {
  "use strict";
  var form = document.getElementById("search");
  var input = document.getElementById("q");
  var results = document.getElementById("results");
  var status = document.getElementById("search-status");
  var index = window.briefingSearch || [];
  if (!form) { return; }
  function fold(text) {
    return (text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var folded = index.map(function (entry) { return fold(entry.title + " " + entry.text); });
  function search() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    while (results.firstChild) { results.removeChild(results.firstChild); }
    if (words.length === 0) { status.textContent = index.length + " entries to search."; return; }
    var found = 0;
    index.forEach(function (entry, i) {
      if (found >= 100 || !words.every(function (w) { return folded[i].indexOf(w) >= 0; })) { return; }
      found++;
      var item = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = entry.kind;
      var link = document.createElement("a");
      link.href = entry.href;
      link.textContent = entry.title;
      var text = document.createElement("p");
      text.textContent = entry.text;
      item.appendChild(kind);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(link);
      item.appendChild(text);
      results.appendChild(item);
    });
    status.textContent = found === 0 ? "Nothing found." : found + (found === 1 ? " result." : " results.");
  }
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); search(); });
  input.addEventListener("input", search);
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { input.value = query; }
  search();
})();
