// Runs the default theme's search (quire.js) in Node against a built site, with just enough of a
// page around it, and reports what each search fetched and found. Also checks the script's
// tokenizer against the cases the search plugin's tests hold (terms.json).
//
//   node tools/search-check/check.mjs terms
//   node tools/search-check/check.mjs site OUT [--base-url /base/] [--expect N] QUERY...
//
// Each query runs in a fresh page, as a reader's first search: the bytes include the manifest.
// --expect N fails when a query finds fewer than N documents.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const script = fs.readFileSync(path.join(repo,
  "themes/default/src/main/resources/META-INF/quire/themes/default/assets/quire.js"), "utf8");

function checkTerms() {
  // The tokenizer is the part of the script from its rules to the function that applies them.
  const start = script.indexOf("  var PAIRED =");
  const end = script.indexOf("function shardsOf(");
  if (start < 0 || end < start) { throw new Error("quire.js: the tokenizer was not found where expected"); }
  const searchTerms = new Function(script.slice(start, end) + "\nreturn searchTerms;")();
  const cases = JSON.parse(fs.readFileSync(path.join(repo,
    "plugins/search/src/test/resources/dev/quire/plugin/search/terms.json"), "utf8")).cases;
  let failed = 0;
  for (const [text, expected] of cases) {
    const actual = searchTerms(text);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      failed++;
      console.log(`FAIL ${JSON.stringify(text)}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    }
  }
  console.log(`terms: ${cases.length - failed} passed, ${failed} failed`);
  return failed === 0;
}

/** A stand-in for the few elements and calls the script uses. */
class Element {
  constructor(tag, attributes = {}) {
    this.tagName = tag.toUpperCase();
    this.attributes = attributes;
    this.children = [];
    this.listeners = {};
    this.ownText = "";
    this.hidden = false;
  }
  getAttribute(name) { return name in this.attributes ? this.attributes[name] : null; }
  setAttribute(name, value) { this.attributes[name] = String(value); }
  addEventListener(type, listener) { (this.listeners[type] ||= []).push(listener); }
  appendChild(child) { this.children.push(child); return child; }
  get textContent() { return this.ownText + this.children.map((c) => c.textContent).join(""); }
  set textContent(text) { this.ownText = String(text); this.children = []; }
  querySelector(selector) { return this.find(selector)[0] || null; }
  find(selector) {
    const found = [];
    const walk = (el) => el.children.forEach((c) => {
      if (c instanceof Element && (c.tagName === selector.toUpperCase() || c.className === selector.slice(1))) { found.push(c); }
      if (c instanceof Element) { walk(c); }
    });
    walk(this);
    return found;
  }
}

async function runQuery(out, baseUrl, query) {
  const fetched = [];
  let inFlight = 0;
  const dialog = new Element("dialog", { "data-index": baseUrl + "search/index.json" });
  const input = new Element("input");
  const status = new Element("p", { "data-empty": "No results", "data-count": "{n} results",
    "data-count-one": "1 result", "data-loading": "Loading" });
  const results = new Element("ol");
  dialog.showModal = () => { dialog.open = true; };
  dialog.querySelector = (s) => ({ ".search__input": input, ".search__status": status, ".search__results": results })[s];
  input.focus = input.select = () => {};
  const opener = new Element("button");
  const page = {
    documentElement: new Element("html"),
    getElementById: (id) => (id === "quire-search" ? dialog : null),
    querySelector: (s) => (s === ".search-open" ? opener : null),
    querySelectorAll: () => [],
    addEventListener: () => {},
    createElement: (tag) => new Element(tag),
    createTextNode: (text) => ({ textContent: text }),
  };
  page.documentElement.lang = "en";
  const context = {
    document: page, window: {}, location: { href: "http://localhost" + baseUrl }, navigator: {},
    URL, Map, Set, Intl, Promise, JSON, Math, Array, Object, Error, setTimeout, clearTimeout, performance,
    localStorage: { getItem: () => null, setItem: () => {} },
    fetch: async (url) => {
      const pathname = new URL(url).pathname;
      if (!pathname.startsWith(baseUrl)) { throw new Error("outside the site: " + url); }
      const file = path.join(out, decodeURIComponent(pathname.slice(baseUrl.length)));
      inFlight++;
      try {
        const bytes = fs.existsSync(file) ? fs.readFileSync(file) : null;
        fetched.push({ path: pathname, bytes: bytes ? bytes.length : 0, gzip: bytes ? zlib.gzipSync(bytes).length : 0 });
        if (!bytes) { return { ok: false, status: 404 }; }
        return { ok: true, status: 200, json: async () => JSON.parse(bytes.toString("utf8")) };
      } finally {
        inFlight--;
      }
    },
  };
  context.window = context;
  vm.runInNewContext(script, context);
  opener.listeners.click[0]();
  input.value = query;
  input.listeners.input[0]();
  const settled = async () => {
    for (let quiet = 0; quiet < 3;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      quiet = inFlight === 0 ? quiet + 1 : 0;
    }
  };
  await new Promise((resolve) => setTimeout(resolve, 200));
  await settled();
  const missing = fetched.filter((f) => f.bytes === 0);
  if (missing.length) { throw new Error("fetched missing files: " + missing.map((f) => f.path).join(", ")); }
  return {
    status: status.textContent,
    titles: results.find("a").map((a) => a.href + "  " + a.children[0].textContent),
    fetched,
  };
}

async function checkSite(args) {
  const out = args.shift();
  let baseUrl = "/";
  let expect = 0;
  const queries = [];
  while (args.length) {
    const arg = args.shift();
    if (arg === "--base-url") { baseUrl = args.shift(); } else if (arg === "--expect") { expect = Number(args.shift()); } else { queries.push(arg); }
  }
  let ok = true;
  for (const query of queries) {
    const result = await runQuery(out, baseUrl, query);
    const bytes = result.fetched.reduce((sum, f) => sum + f.bytes, 0);
    const gzip = result.fetched.reduce((sum, f) => sum + f.gzip, 0);
    const kinds = (prefix) => result.fetched.filter((f) => f.path.includes(prefix)).length;
    console.log(`${JSON.stringify(query)}: ${result.status}; ${result.fetched.length} files ` +
      `(manifest ${kinds("/index.json")}, shards ${kinds("/terms/")}, chunks ${kinds("/docs/")}), ` +
      `${(bytes / 1024).toFixed(1)} KiB (${(gzip / 1024).toFixed(1)} KiB gzipped)`);
    result.fetched.forEach((f) => console.log(`    ${f.path}  ${f.bytes}`));
    result.titles.slice(0, 5).forEach((t) => console.log(`    -> ${t}`));
    const found = Number((/\d+/.exec(result.status) || [0])[0]);
    if (found < expect) { console.log(`FAIL ${JSON.stringify(query)}: ${found} found, expected at least ${expect}`); ok = false; }
  }
  return ok;
}

const [mode, ...rest] = process.argv.slice(2);
let ok;
if (mode === "terms") {
  ok = checkTerms();
} else if (mode === "site" && rest.length >= 2) {
  ok = await checkSite(rest);
} else {
  console.error("usage: check.mjs terms | check.mjs site OUT [--base-url /base/] [--expect N] QUERY...");
  process.exit(2);
}
process.exit(ok ? 0 : 1);
