// The articles the speed tools time: the first 300 .txt/.md files of a folder, by name, so that
// bench-passes and bench-compare measure the same texts.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** @param {string} dir @returns {string[]} */
export function benchArticles(dir) {
  return fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().slice(0, 300).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}
