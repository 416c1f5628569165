// Words a hyphen cuts at a line end (`Esta-\nvayer`, `Mau-\nrice Dupont`, `gou-\nvernement`), as old papers
// and their OCR print them everywhere. The tagger decodes each line on its own and reads the two halves as two
// words, so it finds a name in `Esta` and loses `vayer`, or a place in `Mau-\nrice` and loses the surname on the
// next line. It reads instead a copy of the tokens where each cut word is one token, its parts joined (without
// the hyphen before a lower-case rest, with it before a capital: `Jean-\nJacques` is `Jean-Jacques`), over the
// cut's offsets: the tagger's spans are character offsets, so they fall on the text as written, and the line
// goes on after the rest as one line.
import { makeToken, type Token } from '../text/tokenize';

/**
 * The tokens with every word cut at a line end joined into one token, or the same array when none is cut.
 * `lineStarts`: the first token of each line, in order (Context.lineStarts): only these are read.
 */
export function withLineBreakWordsJoined(tokens: Token[], lineStarts: readonly number[]): Token[] {
  let out: Token[] | undefined;
  let copied = 0;
  // A cut: a word, a hyphen glued to it, then a word opening the next line glued to nothing before it but the break.
  for (const i of lineStarts) {
    const rest = tokens[i];
    if (i < 2 || !rest.lineStart) continue;
    const hyphen = tokens[i - 1];
    const head = tokens[i - 2];
    // A line closing on a spaced dash (`Sion -`) is no cut; nor is a word already joined to the line before.
    if (i - 2 < copied || hyphen.text !== '-' || hyphen.spaceBefore || hyphen.lineStart || !isLetterLed(head.text) || !isLetterLed(rest.text)) continue;
    out ??= [];
    for (let k = copied; k < i - 2; k++) out.push(tokens[k]);
    const lowerRest = rest.text[0] !== rest.text[0].toUpperCase();
    // makeToken, not a literal: token readers then see one object shape.
    out.push(makeToken(head.start, rest.end, head.text + (lowerRest ? '' : '-') + rest.text, head.spaceBefore, head.lineStart, head.flags | rest.flags, -1));
    copied = i + 1;
  }
  if (out === undefined) return tokens;
  for (let k = copied; k < tokens.length; k++) out.push(tokens[k]);
  return out;
}

/** Whether a token opens with a letter (a word, not a number or a mark). */
function isLetterLed(text: string): boolean {
  const c = text[0];
  return c !== c.toUpperCase() || c !== c.toLowerCase();
}
