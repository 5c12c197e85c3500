/*
 * Quire default theme: the colour scheme toggle, code blocks (highlighting, copy), math, diagrams,
 * tabs, the table of contents' current section and site search. Every part works on what the page has and
 * does nothing otherwise; the page reads fine without this script.
 */
(function () {
  "use strict";

  var root = document.documentElement;
  var config = {};
  try {
    config = JSON.parse(document.getElementById("quire-config").textContent);
  } catch (e) { /* a page without it: buttons keep their English labels, code stays plain */ }

  /* ---------- Colour scheme ---------- */

  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var current = root.getAttribute("data-theme")
        || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
      var next = current === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("quire-theme", next); } catch (e) { /* private mode */ }
    });
  }

  /* ---------- Code blocks ---------- */

  /** Runs work(item) for each item in small batches, yielding between them so no task blocks input. */
  function inBatches(items, work) {
    var i = 0;
    (function next() {
      var end = performance.now() + 12;
      while (i < items.length && performance.now() < end) { work(items[i++]); }
      if (i < items.length) { setTimeout(next, 0); }
    })();
  }

  var blocks = document.querySelectorAll("pre > code[class*='language-']");
  if (config.highlight && blocks.length) {
    window.addEventListener("load", function () {
      var script = document.createElement("script");
      script.src = config.highlight;
      script.onload = function () {
        inBatches(blocks, function (code) {
          var match = /language-([\w+#.-]+)/.exec(code.className);
          if (match && window.hljs.getLanguage(match[1])) {
            window.hljs.highlightElement(code);
          }
        });
      };
      document.head.appendChild(script);
    });
  }

  if (navigator.clipboard) {
    document.querySelectorAll(".prose pre > code").forEach(function (code) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "code-copy";
      button.textContent = config.copy || "Copy";
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(code.innerText.replace(/\n$/, "")).then(function () {
          button.textContent = config.copied || "Copied";
          button.setAttribute("data-copied", "");
          setTimeout(function () {
            button.textContent = config.copy || "Copy";
            button.removeAttribute("data-copied");
          }, 1600);
        });
      });
      code.parentNode.appendChild(button);
    });
  }

  /* ---------- Math ---------- */

  // Math is typeset in one go, before the first paint where possible: formulas change the size
  // of their lines, and typesetting them in pieces would move the text while it is read.
  if (window.katex) {
    document.querySelectorAll(".math").forEach(function (el) {
      var display = el.classList.contains("math-display");
      var tex = el.textContent.trim().replace(/^\\[\[(]/, "").replace(/\\[\])]$/, "");
      try {
        window.katex.render(tex, el, { displayMode: display, throwOnError: false, output: "htmlAndMathml" });
      } catch (e) { /* leave the TeX source readable */ }
    });
  }

  /* ---------- Diagrams ---------- */

  // A ```mermaid fence is a <pre class="mermaid"> holding the diagram's source, which Mermaid
  // replaces with the drawing; without the script the source stays readable.
  if (window.mermaid) {
    var scheme = root.getAttribute("data-theme")
      || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
    window.mermaid.initialize({ startOnLoad: false, theme: scheme === "dark" ? "dark" : "default" });
    window.mermaid.run({ querySelector: "pre.mermaid" }).catch(function () { /* the source stays shown */ });
  }

  /* ---------- Tabs ---------- */

  // <Tabs> arrive as panels, each under its label, with a hidden row of buttons (see the Tabs
  // class of Quire's core). Here they become WAI-ARIA tabs; tabs of one groupId switch together
  // and the choice is remembered under Docusaurus's key, docusaurus.tab.<groupId>.
  var tabSets = Array.prototype.slice.call(document.querySelectorAll(".tabs"));

  function tabsOf(set) {
    return Array.prototype.slice.call(set.querySelectorAll(":scope > .tabs__list > .tabs__tab"));
  }

  function selectTab(set, value, focus) {
    var tabs = tabsOf(set);
    if (!tabs.some(function (tab) { return tab.getAttribute("data-value") === value; })) { return false; }
    tabs.forEach(function (tab) {
      var on = tab.getAttribute("data-value") === value;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      document.getElementById(tab.getAttribute("data-panel")).hidden = !on;
      if (on && focus) { tab.focus(); }
    });
    return true;
  }

  function choose(set, value, focus) {
    var group = set.getAttribute("data-group-id");
    if (!group) { selectTab(set, value, focus); return; }
    tabSets.forEach(function (other) {
      if (other.getAttribute("data-group-id") === group) { selectTab(other, value, focus && other === set); }
    });
    try { localStorage.setItem("docusaurus.tab." + group, value); } catch (e) { /* private mode */ }
  }

  tabSets.forEach(function (set) {
    var list = set.querySelector(":scope > .tabs__list");
    var tabs = tabsOf(set);
    list.setAttribute("role", "tablist");
    tabs.forEach(function (tab, at) {
      var panel = document.getElementById(tab.getAttribute("data-panel"));
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", panel.id);
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      panel.tabIndex = 0;
      tab.addEventListener("click", function () { choose(set, tab.getAttribute("data-value"), false); });
      tab.addEventListener("keydown", function (event) {
        var next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
        if (next === undefined) { return; }
        event.preventDefault();
        choose(set, tabs[(next + tabs.length) % tabs.length].getAttribute("data-value"), true);
      });
    });
    var group = set.getAttribute("data-group-id");
    var stored = null;
    try { stored = group && localStorage.getItem("docusaurus.tab." + group); } catch (e) { /* private mode */ }
    var fallback = set.querySelector(":scope > .tabs__panel[data-default]") || set.querySelector(":scope > .tabs__panel");
    if (!(stored && selectTab(set, stored, false))) { selectTab(set, fallback.getAttribute("data-value"), false); }
    list.hidden = false;
    set.classList.add("tabs--active");
  });

  /* ---------- Table of contents: the section being read ---------- */

  var tocLinks = Array.prototype.slice.call(document.querySelectorAll(".toc--side a[href^='#']"));
  if (tocLinks.length && "IntersectionObserver" in window) {
    var byId = {};
    var visible = {};
    tocLinks.forEach(function (link) {
      byId[decodeURIComponent(link.getAttribute("href").slice(1))] = link;
    });
    var headings = Object.keys(byId).map(function (id) { return document.getElementById(id); })
      .filter(Boolean);
    var mark = function () {
      var current = null;
      for (var i = 0; i < headings.length; i++) {
        if (visible[headings[i].id]) { current = headings[i]; break; }
      }
      if (!current) {
        for (var j = headings.length - 1; j >= 0; j--) {
          if (headings[j].getBoundingClientRect().top < 0) { current = headings[j]; break; }
        }
      }
      tocLinks.forEach(function (link) { link.removeAttribute("aria-current"); });
      if (current) { byId[current.id].setAttribute("aria-current", "location"); }
    };
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) { visible[entry.target.id] = entry.isIntersecting; });
      mark();
    }, { rootMargin: "0px 0px -60% 0px" });
    headings.forEach(function (h) { observer.observe(h); });
  }

  /* ---------- Search ---------- */

  // The search plugin's index is a manifest, term shards and chunks of results (its SearchIndex
  // class says how they are laid out): a search reads the manifest once, the shard of each term,
  // then the chunks of the results it shows, so it reads a few small files however large the site.
  var dialog = document.getElementById("quire-search");
  var opener = document.querySelector(".search-open");
  if (!dialog || !opener || typeof dialog.showModal !== "function") {
    return;
  }
  var input = dialog.querySelector(".search__input");
  var status = dialog.querySelector(".search__status");
  var list = dialog.querySelector(".search__results");
  var manifestUrl = new URL(dialog.getAttribute("data-index"), location.href);
  var dates = new Intl.DateTimeFormat(root.lang || undefined, { dateStyle: "long", timeZone: "UTC" });
  var RESULTS = 20;
  var MAX_PREFIX_SHARDS = 4;
  /** Points for a query term by the best field it is in: text, paper title, tag, title. */
  var WEIGHTS = [1, 6, 8, 10];
  var files = {};
  var manifest = null;
  var latest = 0;
  var typing = null;

  opener.hidden = false;

  /** The JSON of one file of the index, fetched once. */
  function json(url, options) {
    if (!files[url]) {
      files[url] = fetch(url, options).then(function (response) {
        if (!response.ok) { throw new Error(response.status + " " + url); }
        return response.json();
      });
      files[url].catch(function () { delete files[url]; });
    }
    return files[url];
  }

  /** The manifest, asked again of the server on each page (its name stays, its content changes). */
  function load() {
    if (!manifest) {
      status.textContent = status.getAttribute("data-loading");
      manifest = json(manifestUrl.href, { cache: "no-cache" }).then(function (m) {
        if (m.version !== 1) { throw new Error("search index version " + m.version); }
        if (status.textContent === status.getAttribute("data-loading")) { status.textContent = ""; }
        return m;
      });
      manifest.catch(function () { manifest = null; status.textContent = ""; });
    }
    return manifest;
  }

  function part(folder, name) {
    return json(new URL(folder + name + ".json", manifestUrl).href);
  }

  // The search terms of a text, by the rules of the search plugin's Terms class; its test cases
  // (terms.json) are checked against this copy by tools/search-check.mjs.
  var PAIRED = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  var WORD_PART = /[\p{L}\p{N}\p{M}]/u;
  var LETTER = /\p{L}/u;
  var DIGIT = /\p{Nd}/u;
  var MAX_TERM_LENGTH = 40;

  function joins(before, c, after) {
    if (c === ".") { return DIGIT.test(before) && DIGIT.test(after); }
    return (c === "'" || c === "\u2019") && LETTER.test(before) && LETTER.test(after) && !PAIRED.test(after);
  }

  function searchTerms(text) {
    var s = Array.from(text.normalize("NFKC").toLowerCase().replace(/ς/g, "σ"));
    var terms = [];
    var i = 0;
    while (i < s.length) {
      if (PAIRED.test(s[i])) {
        var start = i;
        while (i < s.length && PAIRED.test(s[i])) { i++; }
        if (i - start === 1) { terms.push(s[start]); }
        for (var j = start; j + 1 < i; j++) { terms.push(s[j] + s[j + 1]); }
      } else if (WORD_PART.test(s[i])) {
        var word = "";
        var kept = 0;
        var last = "";
        while (i < s.length) {
          var c = s[i];
          if (!(WORD_PART.test(c) && !PAIRED.test(c)) && !(i + 1 < s.length && joins(last, c, s[i + 1]))) { break; }
          if (c !== "'" && c !== "\u2019" && kept < MAX_TERM_LENGTH) { word += c; kept++; }
          last = c;
          i++;
        }
        terms.push(word);
      } else {
        i++;
      }
    }
    return terms;
  }

  /**
   * The shards to read for a term: the one it would be in, or those with words it starts, the
   * first few of them when it starts very many (a single letter or syllable).
   */
  function shardsOf(m, term, prefix) {
    var low = 0;
    var high = m.shards.length - 1;
    var first = 0;
    while (low <= high) {
      var mid = (low + high) >> 1;
      if (m.shards[mid][0] <= term) { first = mid; low = mid + 1; } else { high = mid - 1; }
    }
    var last = first;
    while (prefix && last + 1 < m.shards.length && m.shards[last + 1][0].startsWith(term)) { last++; }
    last = Math.min(last, first + MAX_PREFIX_SHARDS - 1);
    return { names: m.shards.slice(first, last + 1).map(function (s) { return s[1]; }), prefix: prefix };
  }

  /** Document number → points for one query term, from its shards; exact terms count double. */
  function points(shards, term, prefix) {
    var found = new Map();
    function add(numbers, exact) {
      var document = 0;
      numbers.forEach(function (n) {
        document += n >> 2;
        var p = WEIGHTS[n & 3] * (exact ? 2 : 1);
        if (!(found.get(document) >= p)) { found.set(document, p); }
      });
    }
    shards.forEach(function (shard) {
      if (Object.prototype.hasOwnProperty.call(shard, term)) { add(shard[term], true); }
      if (prefix) {
        Object.keys(shard).forEach(function (key) {
          if (key !== term && key.startsWith(term)) { add(shard[key], false); }
        });
      }
    });
    return found;
  }

  /** The documents with every term of the query, best first: [{ document, score }]. */
  function search(m, query) {
    var terms = Array.from(new Set(searchTerms(query)));
    if (!terms.length || !m.shards.length) { return Promise.resolve([]); }
    var lastTerm = terms[terms.length - 1];
    var prefix = !/\s$/.test(query) && (Array.from(lastTerm).length >= 2 || PAIRED.test(lastTerm));
    return Promise.all(terms.map(function (term, k) {
      var wanted = shardsOf(m, term, prefix && k === terms.length - 1);
      return Promise.all(wanted.names.map(function (name) { return part("terms/", name); }))
        .then(function (shards) { return points(shards, term, wanted.prefix); });
    })).then(function (each) {
      var hits = [];
      each[0].forEach(function (score, document) {
        for (var k = 1; k < each.length; k++) {
          var more = each[k].get(document);
          if (more === undefined) { return; }
          score += more;
        }
        hits.push({ document: document, score: score });
      });
      return hits.sort(function (a, b) { return b.score - a.score || b.document - a.document; });
    });
  }

  /** What the first page of hits shows, read from the chunks they are in. */
  function shown(m, hits) {
    var page = hits.slice(0, RESULTS);
    return Promise.all(page.map(function (hit) {
      return part("docs/", m.chunks[Math.floor(hit.document / m.documentsPerChunk)]).then(function (chunk) {
        return chunk[hit.document % m.documentsPerChunk];
      });
    }));
  }

  function open() {
    dialog.showModal();
    input.focus();
    input.select();
    load();
  }

  /** Appends text to a node with every word wrapped in <mark>. */
  function highlight(node, text, words) {
    var lower = text.toLowerCase();
    var at = 0;
    while (at < text.length) {
      var next = -1;
      var length = 0;
      words.forEach(function (word) {
        var found = lower.indexOf(word, at);
        if (found >= 0 && (next < 0 || found < next)) { next = found; length = word.length; }
      });
      if (next < 0) { break; }
      node.appendChild(document.createTextNode(text.slice(at, next)));
      var m = document.createElement("mark");
      m.textContent = text.slice(next, next + length);
      node.appendChild(m);
      at = next + length;
    }
    node.appendChild(document.createTextNode(text.slice(at)));
  }

  function render(entries, total, words) {
    list.textContent = "";
    var count = total === 1 ? status.getAttribute("data-count-one")
      : status.getAttribute("data-count").replace("{n}", total);
    status.textContent = total ? count : status.getAttribute("data-empty");
    entries.forEach(function (entry) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = entry.url;
      var title = document.createElement("span");
      title.className = "search__hit-title";
      highlight(title, entry.title, words);
      a.appendChild(title);
      var meta = [];
      if (entry.date) { meta.push(dates.format(new Date(entry.date + "T00:00:00Z"))); }
      if (entry.tags && entry.tags.length) { meta.push(entry.tags.map(function (t) { return "#" + t; }).join(" ")); }
      if (meta.length) {
        var m = document.createElement("span");
        m.className = "search__hit-meta";
        m.textContent = meta.join(" · ");
        a.appendChild(m);
      }
      var text = document.createElement("span");
      text.className = "search__hit-text";
      highlight(text, entry.excerpt || "", words);
      a.appendChild(text);
      li.appendChild(a);
      list.appendChild(li);
    });
  }

  /** Searches for what the box holds and shows it, unless a newer search started meanwhile. */
  function run() {
    clearTimeout(typing);
    typing = null;
    var query = input.value;
    var asked = ++latest;
    if (!query.trim()) {
      list.textContent = "";
      if (manifest) { status.textContent = ""; }
      return Promise.resolve();
    }
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return load().then(function (m) {
      return search(m, query).then(function (hits) {
        return shown(m, hits).then(function (entries) {
          if (asked === latest) { render(entries, hits.length, words); }
        });
      });
    }).catch(function () { /* offline or a newer build: the next keystroke tries again */ });
  }

  opener.addEventListener("click", open);
  // A search starts when typing pauses, so a word typed quickly costs one search, not one a letter.
  input.addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(run, 150);
  });
  // Enter opens the first result. It is caught before the form sees it: the form's implicit
  // submission would press its first button, the close button.
  input.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.isComposing) { return; }
    event.preventDefault();
    (typing ? run() : Promise.resolve()).then(function () {
      var first = list.querySelector("a");
      if (first) { location.href = first.href; }
    });
  });
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) { dialog.close(); }
  });
  document.addEventListener("keydown", function (event) {
    var typingIn = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) || event.target.isContentEditable;
    if ((event.key === "/" && !typingIn) || (event.key === "k" && (event.metaKey || event.ctrlKey))) {
      event.preventDefault();
      if (!dialog.open) { open(); }
    }
  });
})();
