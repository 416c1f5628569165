/** The first 300 .txt/.md files of a folder, by name (bench-articles.mjs). */
export function benchArticles(dir: string): string[];
