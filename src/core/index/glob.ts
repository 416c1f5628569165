// Glob patterns as VS Code's settings write them (`**/*.{txt,md}`, `**/node_modules/**`), to
// tell whether a changed file belongs to the index without asking the file system. Supports
// `**`, `*`, `?`, `{a,b}` and `[...]`.
//
// A glob is matched folder by folder: each `/`-separated part of the pattern is a small regular
// expression tested against one part of the path, and `**` parts (any number of folders) are
// resolved by dynamic programming over (pattern part, path part). A single RegExp would nest
// ambiguous `(?:[^/]*/)*` groups and backtrack for minutes on `**/**/**/...` (a user's setting
// runs on the extension host thread, so that would freeze every extension).

/** More alternatives than this from braces that span folders (`{a/b,c}`) is not a real setting. */
const MAX_ALTERNATIVES = 64;

/** Compiles a glob (or one part of it) to an anchored, case-insensitive regular expression. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more whole folders (a run of them is one: nested runs backtrack
        // without end); a `**` elsewhere matches everything below.
        i++;
        if (glob[i + 1] === '/') {
          while (glob.startsWith('**/', i + 2)) i += 3;
          i++;
          out += '(?:[^/]*/)*';
        } else {
          while (glob[i + 1] === '*') i++;
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
      } else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else {
      out += c.replace(/[.+^$|()\\\]]/g, '\\$&');
    }
  }
  while (braces-- > 0) out += ')';
  return new RegExp(`^${out}$`, 'i');
}

/** One part of a compiled glob: `**` (any number of folders) or a test for one path part. */
type GlobPart = '**' | RegExp;

/** Index of the `}` closing the `{` at `open`, skipping `[...]` classes; -1 when unclosed. */
function closingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close > 0) i = close;
    } else if (c === '{') {
      depth++;
    } else if (c === '}' && --depth === 0) {
      return i;
    }
  }
  return -1;
}

/** The top-level `,`-separated alternatives of a brace body. */
function splitAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

/**
 * Expands the brace groups that contain a `/` (`{docs/**,*.md}`), since those cannot be matched
 * one folder at a time; groups inside one path part stay for the part's RegExp. Undefined when
 * the expansion grows past MAX_ALTERNATIVES.
 */
function expandFolderBraces(glob: string): string[] | undefined {
  const done: string[] = [];
  const pending = [glob];
  while (pending.length > 0) {
    const g = pending.pop()!;
    let expanded = false;
    for (let i = 0; i < g.length && !expanded; i++) {
      if (g[i] === '[') {
        const close = g.indexOf(']', i + 1);
        if (close > 0) i = close;
      } else if (g[i] === '{') {
        const close = closingBrace(g, i);
        if (close < 0) break;
        const body = g.slice(i + 1, close);
        if (!body.includes('/')) {
          i = close;
          continue;
        }
        for (const alt of splitAlternatives(body)) pending.push(g.slice(0, i) + alt + g.slice(close + 1));
        expanded = true;
      }
    }
    if (!expanded) done.push(g);
    if (done.length + pending.length > MAX_ALTERNATIVES) return undefined;
  }
  return done;
}

/** Splits at the `/` outside braces and classes, and compiles each part; a run of `**` is one. */
function compileParts(glob: string): GlobPart[] {
  const parts: GlobPart[] = [];
  let depth = 0;
  let start = 0;
  const push = (text: string) => {
    if (text === '**') {
      if (parts[parts.length - 1] !== '**') parts.push('**');
    } else {
      parts.push(globToRegExp(text));
    }
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close > 0) i = close;
    } else if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === '/' && depth === 0) {
      push(glob.slice(start, i));
      start = i + 1;
    }
  }
  push(glob.slice(start));
  return parts;
}

/** Whether the path parts match the glob parts: O(pattern parts x path parts) part tests. */
function matchParts(parts: readonly GlobPart[], path: readonly string[]): boolean {
  // reachable[j]: the parts seen so far can consume exactly path[0..j).
  let reachable = new Uint8Array(path.length + 1);
  reachable[0] = 1;
  for (const part of parts) {
    const next = new Uint8Array(path.length + 1);
    if (part === '**') {
      // Zero or more folders: every position at or after the first reachable one.
      let seen = false;
      for (let j = 0; j <= path.length; j++) {
        seen ||= reachable[j] === 1;
        if (seen) next[j] = 1;
      }
    } else {
      for (let j = 0; j < path.length; j++) {
        if (reachable[j] && part.test(path[j])) next[j + 1] = 1;
      }
    }
    reachable = next;
  }
  return reachable[path.length] === 1;
}

/** A glob compiled for folder-by-folder matching; alternatives from braces that span folders. */
class CompiledGlob {
  private readonly alternatives: GlobPart[][] | undefined;
  private readonly whole: RegExp | undefined;

  constructor(glob: string) {
    const expanded = expandFolderBraces(glob);
    this.alternatives = expanded?.map(compileParts);
    // Beyond MAX_ALTERNATIVES, the one RegExp (with its runs of `**/` collapsed) is the fallback.
    this.whole = expanded ? undefined : globToRegExp(glob);
  }

  test(path: string): boolean {
    if (this.whole) return this.whole.test(path);
    const parts = path.split('/');
    return this.alternatives!.some((alt) => matchParts(alt, parts));
  }
}

export class GlobMatcher {
  private readonly include: CompiledGlob;
  private readonly exclude: CompiledGlob | undefined;

  constructor(include: string, exclude: string) {
    this.include = new CompiledGlob(include);
    this.exclude = exclude ? new CompiledGlob(exclude) : undefined;
  }

  /**
   * `paths` are the forms the file can be matched as: its absolute path and its path relative
   * to a workspace folder (a user's `articles/*.txt` means the relative one).
   */
  matches(paths: readonly string[]): boolean {
    const clean = paths.map((p) => p.replace(/^\/+/, ''));
    if (this.exclude && clean.some((p) => this.exclude!.test(p))) return false;
    return clean.some((p) => this.include.test(p));
  }
}
