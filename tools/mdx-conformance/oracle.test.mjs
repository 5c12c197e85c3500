// Tests of the oracle's own rules: how case files are split and how trees are normalized (README.md).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readCases, parseCase, normalize } from './oracle.mjs';

test('a case runs to the next header, less the line end of its last line', () => {
  const cases = readCases('A comment about the topic.\n=== one\n# A\n\ntext\n=== two [md]\nx\n\n', 't.cases');
  assert.deepEqual(cases, [
    { name: 'one', format: 'mdx', source: '# A\n\ntext' },
    { name: 'two', format: 'md', source: 'x\n' },
  ]);
});

test('a setext underline is source, a malformed header is an error, names are unique', () => {
  assert.equal(readCases('=== s\nTitle\n===\n', 't')[0].source, 'Title\n===');
  assert.throws(() => readCases('=== Not_Kebab\nx\n', 't'), /t:1: a case header/);
  assert.throws(() => readCases('=== a\nx\n=== a\ny\n', 't'), /t:3: case a appears twice/);
  assert.throws(() => readCases('=== a\r\nx\r\n', 't'), /LF only/);
});

test('text is merged, whitespace collapsed, and trimmed only at the ends of a paragraph', () => {
  const tree = normalize({
    type: 'paragraph',
    children: [
      { type: 'text', value: ' a\n' },
      { type: 'text', value: '\tb ' },
      { type: 'emphasis', children: [{ type: 'text', value: ' c ' }] },
      { type: 'text', value: '\u00a0 ' },
    ],
  });
  assert.deepEqual(tree, {
    type: 'paragraph',
    children: [
      { type: 'text', value: 'a b ' },
      { type: 'emphasis', children: [{ type: 'text', value: ' c ' }] },
      { type: 'text', value: '\u00a0' },
    ],
  });
});

test('an admonition label leaves the children and becomes the label', () => {
  const { tree } = parseCase({ format: 'mdx', source: ':::tip[A `b`  c]{.x}\nBody.\n:::' });
  assert.deepEqual(tree.children[0], {
    type: 'containerDirective', name: 'tip', attributes: { class: 'x' }, label: 'A b c',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Body.' }] }],
  });
});

test('JSX attributes keep their kind and order; empty elements have no children', () => {
  const { tree } = parseCase({ format: 'mdx', source: '<V controls style={{a: 1}} {...p} src="x" />' });
  assert.deepEqual(tree.children[0], {
    type: 'mdxJsxFlowElement', name: 'V',
    attributes: [{ name: 'controls', value: null }, { name: 'style', value: { expression: '{a: 1}' } },
      { spread: '...p' }, { name: 'src', value: 'x' }],
  });
});

test('a rejected source gives the compiler\'s place and reason', () => {
  assert.deepEqual(parseCase({ format: 'mdx', source: 'a\n\n<!-- truncate -->' }).error.line, 3);
  assert.deepEqual(parseCase({ format: 'md', source: 'a\n\n<!-- truncate -->' }).tree.children[1],
    { type: 'html', value: '<!-- truncate -->' });
});
