#!/usr/bin/env node
// Builds test/fixtures/ner/en-finance-news.jsonl and en-finance-news-2.jsonl (the format of the
// other NER fixtures: text, entities with UTF-16 offsets, label, text, src_label) from their
// hand-annotated sources, NAME.annotated.txt, where each article opens with `=== ID` and each name
// is written `{LABEL|name}` (LABEL: ORG, PER, LOC).
//
//   node scripts/build-en-finance-fixture.mjs
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '../test/fixtures/ner');
for (const name of ['en-finance-news', 'en-finance-news-2']) build(name);

function build(name) {
const source = fs.readFileSync(path.join(dir, `${name}.annotated.txt`), 'utf8');
const lines = [];
for (const block of source.split(/^=== /m).filter((b) => b.trim())) {
  const newline = block.indexOf('\n');
  const id = block.slice(0, newline).trim();
  const marked = block.slice(newline + 1).trim();
  let text = '';
  const entities = [];
  let at = 0;
  for (const m of marked.matchAll(/\{(ORG|PER|LOC)\|([^{}|]+)\}/g)) {
    text += marked.slice(at, m.index);
    entities.push({ start: text.length, end: text.length + m[2].length, label: m[1], text: m[2], src_label: m[1] });
    text += m[2];
    at = m.index + m[0].length;
  }
  text += marked.slice(at);
  if (/[{}]/.test(text)) throw new Error(`${id}: a brace is left in the text (bad markup)`);
  lines.push(JSON.stringify({ text, entities, lang: 'en', source: 'own/en-finance', id }));
}
fs.writeFileSync(path.join(dir, `${name}.jsonl`), lines.join('\n') + '\n');
console.log(`${name}.jsonl: ${lines.length} articles written`);
}
