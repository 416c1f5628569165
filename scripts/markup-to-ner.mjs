#!/usr/bin/env node
// Turns a hand-annotated text file into a NER fixture in the format of test/fixtures/ner/
// (one JSON object a line: text, entities with UTF-16 offsets, lang, source, id).
//
//   node scripts/markup-to-ner.mjs SOURCE.md OUT.jsonl [--lang fr] [--source NAME]
//
// SOURCE: anything before the first line `## id` is a preamble (left out); each `## id` line
// opens a text, which runs to the next one (blank lines at its ends trimmed); a name is written
// `[[LABEL text]]`, LABEL one of ORG, PER, LOC, MISC (the text may span a line break).

import fs from 'node:fs';
import path from 'node:path';

const [src, out, ...rest] = process.argv.slice(2);
if (!src || !out) {
  console.error('usage: node scripts/markup-to-ner.mjs SOURCE.md OUT.jsonl [--lang fr] [--source NAME]');
  process.exit(2);
}
const option = (name, fallback) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : fallback);
const lang = option('--lang', 'fr');
const source = option('--source', path.basename(src).replace(/\.[^.]+$/, ''));

const LABELS = new Set(['ORG', 'PER', 'LOC', 'MISC']);
const blocks = fs.readFileSync(src, 'utf8').split(/^## /m).slice(1);
const lines = blocks.map((block) => {
  const newline = block.indexOf('\n');
  const id = block.slice(0, newline).trim();
  const marked = block.slice(newline + 1).replace(/^\s*\n/, '').replace(/\s+$/, '');
  let text = '';
  const entities = [];
  let at = 0;
  for (const m of marked.matchAll(/\[\[([A-Z]+) ([^\]]+)\]\]/g)) {
    if (!LABELS.has(m[1])) throw new Error(`${id}: unknown label ${m[1]}`);
    text += marked.slice(at, m.index);
    entities.push({ start: text.length, end: text.length + m[2].length, label: m[1], text: m[2] });
    text += m[2];
    at = m.index + m[0].length;
  }
  text += marked.slice(at);
  if (text.includes('[[') || text.includes(']]')) throw new Error(`${id}: unclosed mark`);
  return JSON.stringify({ text, entities, lang, source, id });
});
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} texts, ${lines.reduce((n, l) => n + JSON.parse(l).entities.length, 0)} names -> ${out}`);
