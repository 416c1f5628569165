// A script's usage is the comment at its top: printed for --help, and for bad input with a non-zero exit code.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The leading `//` comment of the script at scriptUrl (its import.meta.url), without the slashes. */
export function usageOf(scriptUrl) {
  const lines = [];
  for (const line of fs.readFileSync(fileURLToPath(scriptUrl), 'utf8').split('\n')) {
    if (line.startsWith('#!')) continue;
    if (!line.startsWith('//')) break;
    lines.push(line.replace(/^\/\/ ?/, ''));
  }
  return lines.join('\n');
}

/** Prints the usage for --help (stdout, exit code 0) or after an error (stderr, exit code 2). */
export function printUsage(scriptUrl, error) {
  if (error === undefined) {
    console.log(usageOf(scriptUrl));
    return;
  }
  console.error(`${error}\n\n${usageOf(scriptUrl)}`);
  process.exitCode = 2;
}
