// Turning a file's bytes into article text, or a plain reason why it is not an article.
// Shared by the command-line analyzer and the workspace index, so both refuse the same files.

/** Files over this size are not analyzed (a news article is a few KB; 5 MB is a book). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 text; refuses binary files (a NUL byte early on) and invalid UTF-8. The BOM is kept so offsets match the bytes as read. */
export function decodeArticle(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): DecodeResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `${(bytes.length / 1e6).toFixed(1)} MB is over the ${(maxBytes / 1e6).toFixed(1)} MB limit` };
  }
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return { ok: false, reason: 'binary file (it contains NUL bytes), not text' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text (save it as UTF-8 to analyze it)' };
  }
}
