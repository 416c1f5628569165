// Vulgar fraction characters, a leaf module: the token stream, the routes and the number reader all read them.

/** Vulgar fraction characters (½ litre, 2½ cups, ¾ des salariés): their value; the stream sets them apart from digits before. */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['¼', 1 / 4], ['¾', 3 / 4], ['⅓', 1 / 3], ['⅔', 2 / 3], ['⅕', 1 / 5], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);
