#!/usr/bin/env node
// The MDX conformance oracle: parses every case of the topic files `<topic>.cases` with the real MDX 3 parser
// (@mdx-js/mdx with remark-gfm and remark-directive, as Docusaurus 3 sets it up) and writes what it parsed, as a
// normalized mdast tree or the parser's error, to `<topic>.expected.json` beside each topic file.
// README.md describes the file formats and every normalization rule; Quire's own parser is tested against the output.
//
//   node oracle.mjs [--check] [cases-folder]
//
// --check writes nothing: it exits 1, naming the cases that differ, when the committed expectations are not what the
// parser gives now.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_CASES = path.join(HERE, '..', '..', 'core', 'src', 'test', 'resources', 'dev', 'quire', 'mdx', 'conformance');

// ---------- topic files ----------

const HEADER = /^=== ([a-z0-9]+(?:-[a-z0-9]+)*)( \[md\])?$/;

/** The cases of one topic file, in file order: [{name, format, source}]. Text before the first header is a comment. */
export function readCases(text, file) {
  if (text.includes('\r')) throw new Error(`${file}: line ends must be LF only`);
  const cases = [];
  let current = null;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const header = HEADER.exec(line);
    if (header) {
      if (cases.some((c) => c.name === header[1])) throw new Error(`${file}:${i + 1}: case ${header[1]} appears twice`);
      current = { name: header[1], format: header[2] ? 'md' : 'mdx', lines: [] };
      cases.push(current);
    } else if (line.startsWith('===') && /^=== \S/.test(line)) {
      throw new Error(`${file}:${i + 1}: a case header is "=== kebab-case-name" with an optional " [md]"`);
    } else if (current) {
      current.lines.push(line);
    }
  });
  // Each source runs up to the next header; the newline that ends its last line belongs to the file, not the case.
  return cases.map(({ name, format, lines: body }) => ({ name, format, source: body.join('\n').replace(/\n$/, '') }));
}

// ---------- parsing ----------

const processors = {
  mdx: createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm, remarkDirective] }),
  md: createProcessor({ format: 'md', remarkPlugins: [remarkGfm, remarkDirective] }),
};

/** `{tree}` for a source the parser accepts, `{error: {line, column, reason}}` for one it rejects. */
export function parseCase({ format, source }) {
  let tree;
  try {
    tree = processors[format].parse(source);
  } catch (e) {
    if (e?.reason === undefined) throw e;   // not the parser's message: a bug here, not an expectation
    return { error: { line: e.line ?? null, column: e.column ?? null, reason: e.reason } };
  }
  return { tree: normalize(tree) };
}

// ---------- the normalized tree ----------

// Java's \s: the whitespace a run of which becomes one space in text.
const WHITESPACE = /[ \t\n\x0B\f\r]+/g;
const TRIMMED_PARENTS = new Set(['paragraph', 'heading', 'tableCell']);

/** The fields kept for each node type, in output order; `children` always comes last. */
const FIELDS = {
  heading: (n) => ({ depth: n.depth }),
  list: (n) => (n.ordered ? { ordered: true, start: n.start } : { ordered: false }),
  listItem: (n) => (n.checked === null || n.checked === undefined ? {} : { checked: n.checked }),
  code: (n) => ({ lang: n.lang ?? null, meta: n.meta ?? null, value: n.value }),
  inlineCode: (n) => ({ value: n.value }),
  text: (n) => ({ value: n.value }),
  link: (n) => ({ url: n.url, title: n.title ?? null }),
  image: (n) => ({ url: n.url, alt: n.alt ?? null, title: n.title ?? null }),
  linkReference: (n) => ({ identifier: n.identifier, referenceType: n.referenceType }),
  imageReference: (n) => ({ identifier: n.identifier, referenceType: n.referenceType }),
  definition: (n) => ({ identifier: n.identifier, url: n.url }),
  footnoteDefinition: (n) => ({ identifier: n.identifier }),
  footnoteReference: (n) => ({ identifier: n.identifier }),
  table: (n) => ({ align: n.align ?? [] }),
  html: (n) => ({ value: n.value }),
  mdxjsEsm: (n) => ({ value: n.value }),
  mdxFlowExpression: (n) => ({ value: n.value }),
  mdxTextExpression: (n) => ({ value: n.value }),
  mdxJsxFlowElement: jsxFields,
  mdxJsxTextElement: jsxFields,
  containerDirective: directiveFields,
  leafDirective: directiveFields,
  textDirective: directiveFields,
};

function jsxFields(n) {
  return {
    name: n.name ?? null,
    attributes: n.attributes.map((a) => {
      if (a.type === 'mdxJsxExpressionAttribute') return { spread: a.value };
      const v = a.value;
      return { name: a.name, value: v === null || v === undefined ? null : typeof v === 'string' ? v : { expression: v.value } };
    }),
  };
}

function directiveFields(n) {
  const labelNode = n.type === 'containerDirective' ? containerLabel(n) : n.children.length > 0 ? n : null;
  return { name: n.name, attributes: { ...(n.attributes ?? {}) }, label: labelNode ? textContent(labelNode) : null };
}

function containerLabel(n) {
  const first = n.children[0];
  return first?.type === 'paragraph' && first.data?.directiveLabel ? first : null;
}

/** The label text: the `value`s of the text and inlineCode nodes below, in order, whitespace collapsed and trimmed. */
function textContent(node) {
  const parts = [];
  const walk = (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') parts.push(n.value);
    for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return parts.join('').replace(WHITESPACE, ' ').trim();
}

/** The normalized copy of an mdast node: kept fields only, no positions or data, text merged and collapsed. */
export function normalize(node) {
  const out = { type: node.type, ...(FIELDS[node.type]?.(node) ?? {}) };
  if (out.type === 'text') out.value = out.value.replace(WHITESPACE, ' ');
  if (Array.isArray(node.children)) {
    const source = node.type === 'containerDirective' ? node.children.filter((c) => c !== containerLabel(node)) : node.children;
    const children = normalizeChildren(source.map(normalize), TRIMMED_PARENTS.has(node.type));
    if (children.length > 0) out.children = children;
  }
  return out;
}

function normalizeChildren(children, trimEnds) {
  const merged = [];
  for (const child of children) {
    const last = merged[merged.length - 1];
    if (child.type === 'text' && last?.type === 'text') {
      last.value = (last.value + child.value).replace(WHITESPACE, ' ');
    } else {
      merged.push(child);
    }
  }
  if (trimEnds && merged.length > 0) {
    if (merged[0].type === 'text') merged[0].value = merged[0].value.replace(/^ /, '');
    const last = merged[merged.length - 1];
    if (last.type === 'text') last.value = last.value.replace(/ $/, '');
  }
  return merged.filter((c) => !(c.type === 'text' && c.value === ''));
}

// ---------- expectations ----------

/** The text of `<topic>.expected.json` for the text of `<topic>.cases`. */
export function expectationsOf(text, file) {
  const result = {};
  for (const c of readCases(text, file)) result[c.name] = parseCase(c);
  return JSON.stringify(result, null, 2) + '\n';
}

function differingCases(expectedText, actualText) {
  let expected;
  try {
    expected = JSON.parse(expectedText);
  } catch {
    return ['(the whole file: not JSON)'];
  }
  const actual = JSON.parse(actualText);
  const names = [...new Set([...Object.keys(actual), ...Object.keys(expected)])];
  const differing = names.filter((n) => JSON.stringify(actual[n]) !== JSON.stringify(expected[n]));
  return differing.length > 0 ? differing : ['(order or formatting of the file)'];
}

function main(args) {
  const check = args.includes('--check');
  const folder = path.resolve(args.find((a) => !a.startsWith('--')) ?? DEFAULT_CASES);
  const topics = fs.readdirSync(folder).filter((f) => f.endsWith('.cases')).sort();
  if (topics.length === 0) throw new Error(`no .cases files in ${folder}`);
  let count = 0;
  let failed = 0;   // cases, removed cases and stale or malformed files that differ from what the parser gives
  for (const topic of topics) {
    const casesFile = path.join(folder, topic);
    const expectedFile = casesFile.replace(/\.cases$/, '.expected.json');
    const actual = expectationsOf(fs.readFileSync(casesFile, 'utf8'), topic);
    const names = Object.keys(JSON.parse(actual));
    count += names.length;
    if (!check) {
      fs.writeFileSync(expectedFile, actual);
    } else if (!fs.existsSync(expectedFile)) {
      console.error(`${path.basename(expectedFile)}: missing`);
      failed += names.length;
    } else {
      const expected = fs.readFileSync(expectedFile, 'utf8');
      if (expected !== actual) {
        const differing = differingCases(expected, actual);
        console.error(`${path.basename(expectedFile)} differs in: ${differing.join(', ')}`);
        failed += differing.length;
      }
    }
  }
  if (!check) {
    console.log(`wrote ${count} cases in ${topics.length} topic files`);
    return;
  }
  for (const stale of fs.readdirSync(folder).filter((f) => f.endsWith('.expected.json'))) {
    if (!topics.includes(stale.replace(/\.expected\.json$/, '.cases'))) {
      console.error(`${stale}: no ${stale.replace(/\.expected\.json$/, '.cases')} beside it`);
      failed++;
    }
  }
  console.log(`conformance: ${Math.max(count - failed, 0)} passed, ${failed} failed`);
  if (failed > 0) {
    console.error('Regenerate with `node oracle.mjs` in tools/mdx-conformance and review the diff.');
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(String(e?.message ?? e));
    process.exit(2);
  }
}
