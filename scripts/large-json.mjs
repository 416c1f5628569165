// The build's loader of large data files (scripts/build.mjs). A file of LARGE_JSON_BYTES or more
// is bundled as JSON.parse('...'): V8 reads a JSON string several times faster than the same data
// as an object literal, and every index worker pays that load when it starts. An object's string
// is parsed at the first read of one of its top-level fields (getters over one parse), not at
// load: a process that analyzes French only never parses the English tagger's weights and name
// lists (about 55 ms of its start). test/unit/large-json.test.ts checks the module against its file.
import * as fs from 'node:fs';

export const LARGE_JSON_BYTES = 100_000;

/** The CommonJS module bundled for a JSON file's text, or undefined to leave it to esbuild's json loader. */
export function largeJsonModule(text) {
  if (text.length < LARGE_JSON_BYTES) return undefined;
  const data = JSON.parse(text);
  const literal = JSON.stringify(JSON.stringify(data));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return `module.exports = JSON.parse(${literal});`;
  const fields = Object.keys(data).map((key) => `${JSON.stringify(key)}: { get: () => parsed()[${JSON.stringify(key)}], enumerable: true }`);
  return `let data;\nconst parsed = () => (data ??= JSON.parse(${literal}));\nObject.defineProperties(module.exports, {\n  ${fields.join(',\n  ')}\n});`;
}

/** The esbuild plugin. */
export const largeJsonAsString = {
  name: 'large-json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const contents = largeJsonModule(await fs.promises.readFile(args.path, 'utf8'));
      return contents === undefined ? undefined : { contents, loader: 'js' };
    });
  },
};
