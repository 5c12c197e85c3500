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

  var dialog = document.getElementById("quire-search");
  var opener = document.querySelector(".search-open");
  if (!dialog || !opener || typeof dialog.showModal !== "function") {
    return;
  }
  var input = dialog.querySelector(".search__input");
  var status = dialog.querySelector(".search__status");
  var list = dialog.querySelector(".search__results");
  var index = null;
  var loading = null;
  var dates = new Intl.DateTimeFormat(root.lang || undefined, { dateStyle: "long", timeZone: "UTC" });

  opener.hidden = false;

  function load() {
    if (!loading) {
      status.textContent = status.getAttribute("data-loading");
      loading = fetch(dialog.getAttribute("data-index"))
        .then(function (response) { return response.json(); })
        .then(function (data) {
          index = data.entries.map(function (entry) {
            return {
              entry: entry,
              title: entry.title.toLowerCase(),
              tags: (entry.tags || []).map(function (t) { return t.toLowerCase(); }),
              papers: (entry.papers || []).join("\n").toLowerCase(),
              text: (entry.text || "").toLowerCase()
            };
          });
          status.textContent = "";
          run();
        });
    }
    return loading;
  }

  function open() {
    dialog.showModal();
    input.focus();
    input.select();
    load();
  }

  function score(item, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      var points = 0;
      if (item.title.indexOf(term) >= 0) { points += 10; }
      for (var j = 0; j < item.tags.length; j++) {
        if (item.tags[j] === term) { points += 8; } else if (item.tags[j].indexOf(term) >= 0) { points += 4; }
      }
      if (item.papers.indexOf(term) >= 0) { points += 6; }
      if (item.text.indexOf(term) >= 0) { points += 1; }
      if (points === 0) { return 0; }
      total += points;
    }
    return total;
  }

  /** Appends text to a node with every term wrapped in <mark>. */
  function highlight(node, text, terms) {
    var lower = text.toLowerCase();
    var at = 0;
    while (at < text.length) {
      var next = -1;
      var length = 0;
      terms.forEach(function (term) {
        var found = lower.indexOf(term, at);
        if (found >= 0 && (next < 0 || found < next)) { next = found; length = term.length; }
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

  function snippet(item, terms) {
    var text = item.entry.text || "";
    var first = -1;
    terms.forEach(function (term) {
      var found = item.text.indexOf(term);
      if (found >= 0 && (first < 0 || found < first)) { first = found; }
    });
    if (first < 0) {
      return text.slice(0, 140) + (text.length > 140 ? "…" : "");
    }
    var start = Math.max(0, first - 50);
    var end = Math.min(text.length, first + 110);
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  }

  function run() {
    list.textContent = "";
    var query = input.value.trim().toLowerCase();
    if (!index || !query) {
      if (index) { status.textContent = ""; }
      return;
    }
    var terms = query.split(/\s+/);
    var hits = index
      .map(function (item) { return { item: item, score: score(item, terms) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) {
        return b.score - a.score || (b.item.entry.date || "").localeCompare(a.item.entry.date || "");
      })
      .slice(0, 20);
    var count = hits.length === 1 ? status.getAttribute("data-count-one")
      : status.getAttribute("data-count").replace("{n}", hits.length);
    status.textContent = hits.length ? count : status.getAttribute("data-empty");
    hits.forEach(function (hit) {
      var entry = hit.item.entry;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = entry.url;
      var title = document.createElement("span");
      title.className = "search__hit-title";
      highlight(title, entry.title, terms);
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
      highlight(text, snippet(hit.item, terms), terms);
      a.appendChild(text);
      li.appendChild(a);
      list.appendChild(li);
    });
  }

  opener.addEventListener("click", open);
  input.addEventListener("input", run);
  dialog.querySelector(".search__form").addEventListener("submit", function (event) {
    if (event.submitter !== dialog.querySelector(".search__close")) {
      event.preventDefault();
      var first = list.querySelector("a");
      if (first) { location.href = first.href; }
    }
  });
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) { dialog.close(); }
  });
  document.addEventListener("keydown", function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) || event.target.isContentEditable;
    if ((event.key === "/" && !typing) || (event.key === "k" && (event.metaKey || event.ctrlKey))) {
      event.preventDefault();
      if (!dialog.open) { open(); }
    }
  });
})();
