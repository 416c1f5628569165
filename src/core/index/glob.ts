// Glob patterns as VS Code's settings write them (`**/*.{txt,md}`, `**/node_modules/**`),
// turned into regular expressions once, to tell whether a changed file belongs to the index
// without asking the file system. Supports `**`, `*`, `?`, `{a,b}` and `[...]`.

export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more whole folders; a trailing `**` matches everything below.
        i++;
        if (glob[i + 1] === '/') {
          i++;
          out += '(?:[^/]*/)*';
        } else {
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

export class GlobMatcher {
  private readonly include: RegExp;
  private readonly exclude: RegExp | undefined;

  constructor(include: string, exclude: string) {
    this.include = globToRegExp(include);
    this.exclude = exclude ? globToRegExp(exclude) : undefined;
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
