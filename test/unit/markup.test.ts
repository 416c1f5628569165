// What is not prose (addresses, and in Markdown front matter, code, link destinations, HTML) is
// blanked before analysis, offsets kept: no figure or name is read inside it.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { formatOfFile, maskNonProse } from '../../src/core/text/markup';

/** The parts of `text` left as prose, each run of blanks shown as one space. */
function prose(text: string, format: 'markdown' | 'plain'): string {
  return maskNonProse(text, format).replace(/ +/g, ' ').trim();
}

describe('non-prose masking', () => {
  describe('any article', () => {
    it('blanks web addresses, keeping the sentence punctuation after them', () => {
      assert.equal(prose('Voir https://example.com/2025/05/15/resultats-t1. Puis la suite.', 'plain'), 'Voir . Puis la suite.');
      assert.equal(prose('Source : www.insee.fr/fr/statistiques, consulté hier', 'plain'), 'Source : , consulté hier');
    });
    it('keeps the parenthesis of the prose around an address, and the address\'s own', () => {
      assert.equal(prose('(voir https://fr.wikipedia.org/wiki/Alibaba_(entreprise))', 'plain'), '(voir )');
      assert.equal(prose('(see https://example.com/a) for details', 'plain'), '(see ) for details');
    });
    it('blanks e-mail addresses but not @handles or a lone @', () => {
      assert.equal(prose('Écrire à presse.fr@groupe-exemple.com avant le 3 mars.', 'plain'), 'Écrire à avant le 3 mars.');
      assert.equal(prose('Suivez @Alibaba_Group sur X, ou @ 5 heures', 'plain'), 'Suivez @Alibaba_Group sur X, ou @ 5 heures');
    });
    it('leaves Markdown syntax alone in plain text', () => {
      const text = 'Le `code` et <b>gras</b> et [lien](cible) restent du texte.';
      assert.equal(maskNonProse(text, 'plain'), text);
    });
    it('returns the very same string when there is nothing to blank', () => {
      const text = 'Alibaba a publié un chiffre d’affaires de 236,5 milliards de yuans.';
      assert.equal(maskNonProse(text, 'markdown'), text);
    });
  });

  describe('Markdown', () => {
    it('blanks the front matter except the title and summary values', () => {
      const text = '---\ntitle: "Alibaba au T1"\ndate: 2025-05-15\ntags: [cloud, 2025]\nsummary: Hausse de 7 %\n---\n\nTexte.';
      assert.equal(prose(text, 'markdown'), '"Alibaba au T1"\n \n \n Hausse de 7 %\n \n\nTexte.'.replace(/ +/g, ' '));
    });
    it('reads a TOML front matter, and a --- that is not at the start is a rule, not a front matter', () => {
      assert.equal(prose('+++\ndate = 2025-05-15\n+++\nTexte', 'markdown'), 'Texte');
      assert.equal(prose('Texte\n---\ndate: 2025\n---\n', 'markdown'), 'Texte\n---\ndate: 2025\n---');
      assert.equal(prose('---\nsans fin 2025\n', 'markdown'), '---\nsans fin 2025');
    });
    it('blanks fenced code blocks, closed or running to the end', () => {
      assert.equal(prose('Avant\n```js\nconst x = 42; // 15 %\n```\nAprès', 'markdown').replace(/\s+/g, ' '), 'Avant Après');
      assert.equal(prose('Avant\n~~~~\n42 %\n~~~\ntoujours du code\n~~~~\nAprès', 'markdown').replace(/\s+/g, ' '), 'Avant Après');
      assert.equal(prose('Avant\n```\n42 % sans fin', 'markdown').trim(), 'Avant');
    });
    it('blanks inline code; an unmatched backtick, or one across a blank line, is literal', () => {
      assert.equal(prose('Le cours a pris `3 %` hier et ``a ` b`` aussi.', 'markdown'), 'Le cours a pris hier et aussi.');
      assert.equal(prose('Un ` seul et 3 %.', 'markdown'), 'Un ` seul et 3 %.');
      assert.equal(prose('Un `début\n\nautre paragraphe` 3 %', 'markdown'), 'Un `début\n\nautre paragraphe` 3 %');
    });
    it('blanks link and image destinations but keeps their text', () => {
      assert.equal(prose('Selon [Reuters](https://reuters.com/a-2025 "titre 2024") et ![la courbe](img/t4-2024.png).', 'markdown'), 'Selon [Reuters] et ![la courbe] .');
    });
    it('blanks reference definitions and keeps footnotes', () => {
      assert.equal(prose('Texte [a].\n\n[a]: https://example.com/2025 "Titre"\n[^1]: Selon Reuters, 12 % en 2024.', 'markdown'), 'Texte [a].\n\n \n[^1]: Selon Reuters, 12 % en 2024.');
    });
    it('blanks HTML tags, comments and autolinks, not a "<" in prose', () => {
      assert.equal(prose('<!-- brouillon 2024 -->Le <b>chiffre</b> de <https://x.org/2025/05> est < 5 %.', 'markdown'), 'Le chiffre de est < 5 %.');
    });
  });

  it('keeps the length and every line break, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', ' ', '\n', '\r\n', '`', '~', '-', '+', '<', '>', '[', ']', '(', ')', ':', '/', '.', '@', 'w', 'h', 't', 'p', 's', '!', '^', '"') }), fc.constantFrom('markdown' as const, 'plain' as const), (text, format) => {
        const masked = maskNonProse(text, format);
        assert.equal(masked.length, text.length);
        for (let i = 0; i < text.length; i++) {
          const c = text[i];
          if (c === '\n' || c === '\r') assert.equal(masked[i], c);
          else assert.ok(masked[i] === c || masked[i] === ' ');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the format from the file name', () => {
    assert.equal(formatOfFile('a/b/article.md'), 'markdown');
    assert.equal(formatOfFile('file:///w/NOTE.Markdown'), 'markdown');
    assert.equal(formatOfFile('article.txt'), 'plain');
    assert.equal(formatOfFile(undefined), 'plain');
  });
});

describe('analyze() on Markdown and addresses', () => {
  const article = [
    '---',
    'title: Alibaba publie ses résultats du T1',
    'date: 2025-05-15',
    '---',
    '',
    'Selon [Reuters](https://www.reuters.com/tech/2025/05/15/alibaba-123456), Alibaba a réalisé 236,5 milliards de yuans.',
    '',
    '```',
    'revenue = 42 # 15 %',
    '```',
    '',
    'Détails sur <https://example.com/2025/05/15> et `3 %` dans le code.',
  ].join('\n');

  it('reads no figure in code, addresses or front matter metadata, and keeps the offsets of the original', () => {
    const result = analyze(article, { file: 'resultats.md', lang: 'fr' });
    const figures = result.figures.map((f) => f.text);
    assert.deepEqual(figures, ['T1', '236,5 milliards de yuans']);
    for (const span of [...result.entities, ...result.figures]) assert.equal(article.slice(span.start, span.end), span.text);
    assert.ok(result.entities.some((e) => e.text === 'Reuters'));
    assert.ok(result.entities.some((e) => e.text === 'Alibaba'));
  });

  it('resolves the title\'s quarter against the front matter date', () => {
    const t1 = analyze(article, { file: 'resultats.md', lang: 'fr' }).figures.find((f) => f.text === 'T1');
    assert.equal(t1?.value, '2025-Q1');
  });

  it('reads a .txt file as plain text: its backticks are prose, its addresses are not', () => {
    const result = analyze(article, { file: 'resultats.txt', lang: 'fr' });
    const figures = result.figures.map((f) => f.text);
    assert.ok(figures.includes('3 %'));
    assert.ok(figures.includes('42'));
    assert.ok(!figures.some((f) => f === '2025' || f === '05' || f === '15'), figures.join(' | '));
  });

  it('drops a name that would run into a blanked address', () => {
    const text = 'Contact : Jean Dupont<jean.dupont@exemple.fr> a confirmé.';
    const result = analyze(text, { lang: 'fr', format: 'markdown' });
    for (const span of result.entities) assert.equal(text.slice(span.start, span.end), span.text);
  });
});
