// Search across people, places, events, quotes, figures, claims, articles and every sentence of
// the articles, in the page. The index is a script beside it (search-index.js), and for a long
// story the sentences are in search/text-N.js parts, loaded with <script> elements on the first
// search: both work opened from disk as well as from a web host. Results are built as DOM nodes
// (text and <mark> elements), never from HTML strings: article text is untrusted.
(function () {
  "use strict";
  var form = document.getElementById("search");
  var input = document.getElementById("q");
  var results = document.getElementById("results");
  var status = document.getElementById("search-status");
  var data = window.briefingSearch || {};
  if (!form || !data.entries) { return; }
  var WORD = /[\p{L}\p{N}]+(?:[.,'\u2019][\p{L}\p{N}]+)*/gu;
  // Names and event summaries rank above quotes, figures and claims, and those above sentences.
  var WEIGHT = { person: 6, place: 5, event: 4, article: 4, claim: 3, figure: 3, quote: 3, sentence: 1 };
  var MAX_RESULTS = 100;
  var docs = [];
  var alternates = {};
  var partsLoaded = 0;
  var partsRequested = false;

  function fold(text) {
    return (text || "").normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  }
  function words(text) {
    return fold(text).match(WORD) || [];
  }
  function unique(list) {
    return list.filter(function (w, i) { return list.indexOf(w) === i; });
  }
  function addDoc(kind, title, text, href, outlet) {
    docs.push({ kind: kind, title: title, text: text, href: href, outlet: outlet || "",
      titleWords: unique(words(title)), textWords: unique(words(text)) });
  }
  function addText(rows) {
    rows.forEach(function (row) {
      var article = data.articles[row[0]];
      var title = article[1] + (article[2] ? " (" + article[2] + ")" : "");
      for (var i = 1; i + 1 < row.length; i += 2) {
        addDoc("sentence", title, row[i + 1], article[0] + "#s" + row[i], article[2]);
      }
    });
  }
  // Where an entry points: a link, or [article, n] for sentence n of an article.
  function href(where) {
    return typeof where === "string" ? where : data.articles[where[0]][0] + "#s" + where[1];
  }
  function outletOf(where) {
    return typeof where === "string" ? "" : data.articles[where[0]][2];
  }
  function outlet(where) {
    var name = outletOf(where);
    return name ? " (" + name + ")" : "";
  }
  function addEntries(list) {
    list.forEach(function (e) {
      var quote = e[0] === "quote";
      addDoc(e[0], e[1] + (quote ? outlet(e[3]) : ""), e[2], href(e[3]), quote ? outletOf(e[3]) : "");
    });
  }
  addEntries(data.entries);
  (data.figures || []).forEach(function (f) {
    for (var i = 1; i + 2 < f.length; i += 3) {
      var where = [f[i + 1], f[i + 2]];
      addDoc("figure", f[0] + outlet(where), f[i], href(where), outletOf(where));
    }
  });
  (data.articles || []).forEach(function (a) {
    addDoc("article", a[1], [a[2], a[3]].filter(Boolean).join(" \u00b7 "), a[0], a[2]);
  });
  (data.alternates || []).forEach(function (group) {
    group.forEach(function (w) { alternates[w] = group; });
  });
  if (data.text) { addText(data.text); }

  // On a long story the events, quotes and claims are in search/entries-N.js parts too.
  function loadParts() {
    if (partsRequested || !(data.parts || data.entryParts)) { return; }
    partsRequested = true;
    for (var m = 1; m <= (data.entryParts || 0); m++) {
      var entries = document.createElement("script");
      entries.src = "search/entries-" + m + ".js";
      entries.addEventListener("load", (function (k) {
        return function () {
          var store = window.briefingSearchEntries || {};
          addEntries(store[k] || []);
          delete store[k];
          partsLoaded++;
          search();
        };
      })(m));
      document.head.appendChild(entries);
    }
    for (var n = 1; n <= (data.parts || 0); n++) {
      var script = document.createElement("script");
      script.src = "search/text-" + n + ".js";
      script.addEventListener("load", (function (k) {
        return function () {
          var store = window.briefingSearchText || {};
          addText(store[k] || []);
          delete store[k];
          partsLoaded++;
          search();
        };
      })(n));
      document.head.appendChild(script);
    }
  }

  // A query word matches a word of the text that starts with it, or with one of its other
  // spellings ("arkadi" matches "Arkady"); a whole-word match counts more than a prefix.
  function forms(word) {
    return alternates[word] || [word];
  }
  function matchIn(list, variants) {
    var best = 0;
    for (var i = 0; i < list.length; i++) {
      for (var j = 0; j < variants.length; j++) {
        if (list[i] === variants[j]) { return 1; }
        if (list[i].lastIndexOf(variants[j], 0) === 0) { best = 0.6; }
      }
    }
    return best;
  }
  function rank(terms) {
    var found = [];
    var counts = terms.map(function () { return 0; });
    docs.forEach(function (doc) {
      var scores = [];
      for (var t = 0; t < terms.length; t++) {
        var inTitle = matchIn(doc.titleWords, terms[t]);
        var inText = matchIn(doc.textWords, terms[t]);
        // Body sentences carry their article's title only to be shown, not to be matched.
        if (doc.kind === "sentence") { inTitle = 0; }
        var score = Math.max(inTitle * 2, inText);
        if (score === 0) { return; }
        scores.push(score);
      }
      scores.forEach(function (s, t) { counts[t]++; });
      found.push({ doc: doc, scores: scores });
    });
    // Rarer words weigh more: a match on a word few entries hold says more about what is wanted.
    var rarity = counts.map(function (c) { return Math.log(1 + docs.length / (1 + c)); });
    found.forEach(function (f) {
      var sum = 0;
      f.scores.forEach(function (s, t) { sum += s * rarity[t]; });
      f.score = sum * WEIGHT[f.doc.kind];
    });
    found.sort(function (a, b) { return b.score - a.score; });
    return found;
  }

  // Appends text to a node, each word matching a query word in a <mark> element.
  function highlight(node, text, terms) {
    var variants = [].concat.apply([], terms);
    var at = 0;
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var word = fold(m[0]);
      if (variants.some(function (v) { return word.lastIndexOf(v, 0) === 0; })) {
        node.appendChild(document.createTextNode(text.slice(at, m.index)));
        var mark = document.createElement("mark");
        mark.textContent = m[0];
        node.appendChild(mark);
        at = m.index + m[0].length;
      }
    }
    node.appendChild(document.createTextNode(text.slice(at)));
  }

  function show(found, terms) {
    found.slice(0, MAX_RESULTS).forEach(function (f) {
      var entry = f.doc;
      var item = document.createElement("li");
      item.className = "result " + entry.kind;
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = entry.kind;
      var link = document.createElement("a");
      link.href = entry.href;
      highlight(link, entry.title, entry.kind === "sentence" ? [] : terms);
      var text = document.createElement("p");
      highlight(text, entry.text, terms);
      item.appendChild(kind);
      item.appendChild(document.createTextNode(" "));
      // The outlet's mark, as every page draws it (the name is in the title beside it).
      var known = entry.outlet && (data.marks || {})[entry.outlet];
      if (known) {
        var badge = document.createElement("span");
        badge.className = "om c" + known[1];
        badge.setAttribute("data-mark", known[0]);
        badge.setAttribute("aria-hidden", "true");
        item.appendChild(badge);
      }
      item.appendChild(link);
      item.appendChild(text);
      results.appendChild(item);
    });
  }

  function search() {
    var query = input.value.trim();
    var terms = unique(words(query)).map(forms);
    while (results.firstChild) { results.removeChild(results.firstChild); }
    if (terms.length === 0) {
      status.textContent = "Search people, places, events, quotes, figures, claims and the articles’ text.";
      return;
    }
    loadParts();
    var found = rank(terms);
    show(found, terms);
    var said = found.length === 0 ? "Nothing found" : found.length + (found.length === 1 ? " result" : " results");
    if (found.length > MAX_RESULTS) { said += ", the best " + MAX_RESULTS + " shown"; }
    if (partsLoaded < (data.parts || 0) + (data.entryParts || 0)) { said += " (still loading the articles’ text)"; }
    status.textContent = said + ".";
  }

  // The query lives in the address (search.html?q=…), so a search can be shared and reloaded.
  function remember() {
    var url = new URL(window.location.href);
    if (input.value.trim()) { url.searchParams.set("q", input.value.trim()); } else { url.searchParams.delete("q"); }
    try { window.history.replaceState(null, "", url.href); } catch (e) { /* some browsers refuse on file:// */ }
  }
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); remember(); search(); });
  input.addEventListener("input", function () { remember(); search(); });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { input.value = query; }
  search();
})();
