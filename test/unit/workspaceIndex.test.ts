// The workspace index in plain Node: records, aggregation across files, queries, cards.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { entityCard, figureCard, convertMoney, normalizedValue, fileName, englishText } from '../../src/core/index/cards';
import { buildFileRecord, computeLineStarts, findEquivalents, hashText, positionAt } from '../../src/core/index/fileRecord';
import { GlobMatcher, globToRegExp } from '../../src/core/index/glob';
import { runJob } from '../../src/core/index/job';
import { packRecord, packResult, unpackRecord, unpackResult } from '../../src/core/index/recordCodec';
import { byMentionsThenName, findSpanAt, foldForSearch, NameOrder, WorkspaceIndex } from '../../src/core/index/workspaceIndex';
import type { ArticleAnalysis, EntityMention, Figure } from '../../src/core/types';

/** Builds a mention at the first occurrence (after `from`) of `text`. */
function mention(source: string, text: string, type: EntityMention['type'], id: string, name: string, from = 0): EntityMention {
  const start = source.indexOf(text, from);
  assert.ok(start >= 0, `"${text}" not in the source`);
  return { start, end: start + text.length, text, type, id, name };
}

function figure(source: string, text: string, rest: Omit<Figure, 'start' | 'end' | 'text'>, from = 0): Figure {
  const start = source.indexOf(text, from);
  assert.ok(start >= 0, `"${text}" not in the source`);
  return { start, end: start + text.length, text, ...rest };
}

const TEXT_A = [
  'Alibaba Group (NYSE:BABA) a pris la tête du marché avec une part de 33 %.',
  'Tencent suit, et Alibaba investira 380 milliards de yuans (52 milliards de dollars) en trois ans.',
  '',
  'Huawei Cloud est deuxième.',
].join('\n');

function analysisA(): ArticleAnalysis {
  const share = figure(TEXT_A, '33 %', { kind: 'percent', value: 33, unit: '%' });
  const yuan = figure(TEXT_A, '380 milliards de yuans', { kind: 'money', value: 380e9, unit: 'CNY' });
  const dollars = figure(TEXT_A, '52 milliards de dollars', { kind: 'money', value: 52e9, unit: 'USD', approx: 'about' });
  const years = figure(TEXT_A, 'trois ans', { kind: 'duration', value: 'P3Y' });
  return {
    lang: 'fr',
    entities: [
      mention(TEXT_A, 'Alibaba Group', 'company', 'alibaba-group', 'Alibaba Group'),
      mention(TEXT_A, 'NYSE:BABA', 'ticker', 'alibaba-group', 'Alibaba Group'),
      mention(TEXT_A, 'Tencent', 'company', 'tencent', 'Tencent'),
      mention(TEXT_A, 'Alibaba', 'company', 'alibaba-group', 'Alibaba Group', TEXT_A.indexOf('Tencent')),
      mention(TEXT_A, 'Huawei Cloud', 'company', 'huawei-cloud', 'Huawei Cloud'),
    ],
    figures: [share, yuan, dollars, years],
    facts: [
      { entity: 'alibaba-group', figure: share.start, predicate: 'market_share' },
      { entity: 'alibaba-group', figure: yuan.start, predicate: 'investment' },
    ],
  };
}

const TEXT_B = 'Eddie Wu dirige Alibaba depuis 2023. Alibaba vise Shanghai.';
function analysisB(): ArticleAnalysis {
  return {
    lang: 'fr',
    entities: [
      mention(TEXT_B, 'Eddie Wu', 'person', 'eddie-wu', 'Eddie Wu'),
      mention(TEXT_B, 'Alibaba', 'company', 'alibaba-group', 'Alibaba Group'),
      mention(TEXT_B, 'Alibaba', 'company', 'alibaba-group', 'Alibaba Group', 30),
      mention(TEXT_B, 'Shanghai', 'place', 'shanghai', 'Shanghai'),
    ],
    figures: [figure(TEXT_B, '2023', { kind: 'date', value: '2023' })],
    facts: [],
  };
}

function twoFileIndex(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  index.setFile(buildFileRecord('file:///w/a.txt', TEXT_A, analysisA()));
  index.setFile(buildFileRecord('file:///w/sub/b%20c.md', TEXT_B, analysisB()));
  return index;
}

describe('workspace index: file records', () => {
  it('hashes equal text equally and different text differently', () => {
    assert.equal(hashText('Alibaba'), hashText('Alibaba'));
    assert.notEqual(hashText('Alibaba'), hashText('alibaba'));
    assert.notEqual(hashText(''), hashText(' '));
  });

  it('finds line starts for LF, CRLF and CR line ends', () => {
    assert.deepEqual(computeLineStarts('a\nb\r\nc\rd'), [0, 2, 5, 7]);
    assert.deepEqual(positionAt([0, 2, 5, 7], 6), { line: 2, character: 1 });
    assert.deepEqual(positionAt([0, 2, 5, 7], 0), { line: 0, character: 0 });
    assert.deepEqual(positionAt([0, 2, 5, 7], 100), { line: 3, character: 93 });
  });

  it('keeps the text of lines holding a span, and only those', () => {
    const record = buildFileRecord('file:///w/a.txt', TEXT_A, analysisA());
    assert.equal(record.lineTexts[0], TEXT_A.split('\n')[0]);
    assert.ok(record.lineTexts[3].startsWith('Huawei Cloud'));
    assert.equal(record.lineTexts[2], undefined);
  });

  it('pairs a money figure with the money figure restating it in parentheses', () => {
    const a = analysisA();
    const pairs = findEquivalents(TEXT_A, a.figures);
    assert.deepEqual(pairs, [[a.figures[1].start, a.figures[2].start]]);
  });

  it('does not pair figures without the parentheses', () => {
    const text = '380 milliards de yuans, 52 milliards de dollars';
    const figs = [figure(text, '380 milliards de yuans', { kind: 'money', value: 380e9, unit: 'CNY' }), figure(text, '52 milliards de dollars', { kind: 'money', value: 52e9, unit: 'USD' })];
    assert.deepEqual(findEquivalents(text, figs), []);
    const open = '380 milliards de yuans (52 milliards de dollars selon Reuters)';
    const figs2 = [figure(open, '380 milliards de yuans', { kind: 'money', value: 380e9, unit: 'CNY' }), figure(open, '52 milliards de dollars', { kind: 'money', value: 52e9, unit: 'USD' })];
    assert.deepEqual(findEquivalents(open, figs2), []);
  });
});

describe('workspace index: aggregation', () => {
  it('aggregates mentions of one id across files, tickers included', () => {
    const index = twoFileIndex();
    const alibaba = index.entity('alibaba-group')!;
    assert.equal(alibaba.name, 'Alibaba Group');
    assert.equal(alibaba.type, 'company');
    assert.equal(alibaba.mentionCount, 5);
    assert.equal(alibaba.fileCount, 2);
    assert.deepEqual(alibaba.tickers, ['NYSE:BABA']);
    assert.deepEqual(alibaba.aliases, ['Alibaba', 'Alibaba Group']);
  });

  it('ranks companies by mentions, then by name', () => {
    const index = twoFileIndex();
    assert.deepEqual(index.rankedCompanies().map((e) => e.id), ['alibaba-group', 'huawei-cloud', 'tencent']);
    assert.deepEqual(index.entitiesOfType('person').map((e) => e.name), ['Eddie Wu']);
    assert.deepEqual(index.entitiesOfType('place').map((e) => e.name), ['Shanghai']);
  });

  it('filters by name, alias or ticker, ignoring case and accents', () => {
    const index = twoFileIndex();
    assert.deepEqual(index.rankedCompanies('TENC').map((e) => e.id), ['tencent']);
    assert.deepEqual(index.rankedCompanies('baba').map((e) => e.id), ['alibaba-group']);
    assert.deepEqual(index.rankedCompanies('zzz'), []);
    assert.equal(foldForSearch('Société Générale'), 'societe generale');
  });

  it('gives facts with their figure and line', () => {
    const facts = twoFileIndex().factsOf('alibaba-group');
    assert.deepEqual(facts.map((f) => f.predicate), ['market_share', 'investment']);
    assert.equal(facts[0].figure.value, 33);
    assert.equal(facts[0].line, 0);
    assert.equal(facts[1].line, 1);
    assert.ok(facts[1].lineText.includes('380 milliards'));
  });

  it('lists mentions in file order with positions and line text', () => {
    const mentions = twoFileIndex().mentionsOf('alibaba-group');
    assert.deepEqual(mentions.map((m) => [m.uri.endsWith('a.txt') ? 'a' : 'b', m.line, m.text]), [
      ['a', 0, 'Alibaba Group'],
      ['a', 0, 'NYSE:BABA'],
      ['a', 1, 'Alibaba'],
      ['b', 0, 'Alibaba'],
      ['b', 0, 'Alibaba'],
    ]);
    assert.equal(mentions[2].character, TEXT_A.split('\n')[1].indexOf('Alibaba'));
  });

  it('follows deleted, renamed, replaced and skipped files', () => {
    const index = twoFileIndex();
    const v0 = index.version;
    index.deleteFile('file:///w/sub/b%20c.md');
    assert.ok(index.version > v0);
    assert.equal(index.entity('alibaba-group')!.fileCount, 1);
    assert.equal(index.entity('eddie-wu'), undefined);
    index.renameFile('file:///w/a.txt', 'file:///w/renamed.txt');
    assert.deepEqual(index.uris(), ['file:///w/renamed.txt']);
    assert.equal(index.mentionsOf('tencent')[0].uri, 'file:///w/renamed.txt');
    index.setFile(buildFileRecord('file:///w/renamed.txt', 'Rien ici.', { lang: 'fr', entities: [], figures: [], facts: [] }));
    assert.equal(index.entity('alibaba-group'), undefined);
    index.setSkipped('file:///w/renamed.txt', 'binary file');
    assert.equal(index.fileCount, 0);
    assert.equal(index.skippedReason('file:///w/renamed.txt'), 'binary file');
  });

  it('retains only the files a predicate keeps', () => {
    const index = twoFileIndex();
    assert.equal(index.retain((uri) => uri.endsWith('.txt')), 1);
    assert.deepEqual(index.uris(), ['file:///w/a.txt']);
  });

  it('searches entities for workspace symbols, prefix matches first', () => {
    const index = twoFileIndex();
    assert.deepEqual(index.searchEntities('ali').map((e) => e.id), ['alibaba-group']);
    assert.deepEqual(index.searchEntities('cloud').map((e) => e.id), ['huawei-cloud']);
    assert.equal(index.searchEntities('').length, 5);
    assert.equal(index.searchEntities('', 2).length, 2);
  });

  it('finds the span under an offset, end inclusive', () => {
    const index = twoFileIndex();
    const start = TEXT_A.indexOf('Tencent');
    assert.equal(index.entityAt('file:///w/a.txt', start)?.id, 'tencent');
    assert.equal(index.entityAt('file:///w/a.txt', start + 7)?.id, 'tencent');
    assert.equal(index.entityAt('file:///w/a.txt', start - 2), undefined);
    assert.equal(index.figureAt('file:///w/a.txt', TEXT_A.indexOf('33 %') + 1)?.value, 33);
    assert.equal(index.entityAt('file:///w/none.txt', 0), undefined);
    assert.equal(findSpanAt([], 3), undefined);
  });

  it('counts per file for the status bar', () => {
    assert.deepEqual(twoFileIndex().stats('file:///w/a.txt'), { lang: 'fr', entities: 5, distinctEntities: 3, figures: 4, facts: 2 });
  });
});

describe('workspace index: incremental aggregates', () => {
  const A = 'file:///w/a.txt';
  const B = 'file:///w/sub/b%20c.md';

  it('subtracts a removed file from the counts, aliases, facts and ranking', () => {
    const index = twoFileIndex();
    assert.equal(index.entity('alibaba-group')!.mentionCount, 5);
    assert.deepEqual(index.mentionsOf('alibaba-group').length, 5); // builds the cached list
    index.deleteFile(A);
    const alibaba = index.entity('alibaba-group')!;
    assert.equal(alibaba.mentionCount, 2);
    assert.equal(alibaba.fileCount, 1);
    assert.equal(alibaba.factCount, 0);
    assert.deepEqual(alibaba.facts, []);
    assert.deepEqual(alibaba.tickers, []);
    assert.deepEqual(alibaba.aliases, ['Alibaba']);
    assert.deepEqual(index.mentionsOf('alibaba-group').map((m) => m.uri), [B, B]);
    assert.equal(index.entity('tencent'), undefined);
    assert.equal(index.entity('huawei-cloud'), undefined);
    assert.deepEqual(index.rankedCompanies().map((e) => e.id), ['alibaba-group']);
    assert.equal(index.countOfType('company'), 1);
  });

  it('counts a replaced file once, with its new content', () => {
    const index = twoFileIndex();
    index.setFile(buildFileRecord(A, TEXT_A, analysisA()));
    assert.equal(index.entity('alibaba-group')!.mentionCount, 5);
    assert.equal(index.entity('alibaba-group')!.factCount, 2);
    const onlyTencent = analysisA();
    onlyTencent.entities = onlyTencent.entities.filter((m) => m.id === 'tencent');
    onlyTencent.facts = [];
    index.setFile(buildFileRecord(A, TEXT_A, onlyTencent));
    assert.equal(index.entity('alibaba-group')!.mentionCount, 2);
    assert.equal(index.entity('tencent')!.mentionCount, 1);
    assert.equal(index.entity('huawei-cloud'), undefined);
  });

  it('keeps the counts through renames, skips, retain and clear', () => {
    const index = twoFileIndex();
    index.renameFile(B, 'file:///w/z.md');
    assert.equal(index.entity('alibaba-group')!.mentionCount, 5);
    assert.deepEqual([...new Set(index.mentionsOf('alibaba-group').map((m) => m.uri))], [A, 'file:///w/z.md']);
    index.setSkipped(A, 'binary file');
    assert.equal(index.entity('alibaba-group')!.mentionCount, 2);
    assert.equal(index.retain((uri) => uri !== 'file:///w/z.md'), 1);
    assert.equal(index.entity('alibaba-group'), undefined);
    index.setFile(buildFileRecord(A, TEXT_A, analysisA()));
    assert.equal(index.entity('alibaba-group')!.mentionCount, 3);
    index.clear();
    assert.equal(index.searchEntities('').length, 0);
  });

  it('gives the same summary whatever order files came in, and the first mention without the list', () => {
    const reversed = new WorkspaceIndex();
    reversed.setFile(buildFileRecord(B, TEXT_B, analysisB()));
    reversed.setFile(buildFileRecord(A, TEXT_A, analysisA()));
    const index = twoFileIndex();
    for (const id of ['alibaba-group', 'tencent', 'eddie-wu']) {
      const a = index.entity(id)!;
      const b = reversed.entity(id)!;
      assert.deepEqual([b.name, b.type, b.aliases, b.tickers, b.mentionCount, b.fileCount, b.factCount], [a.name, a.type, a.aliases, a.tickers, a.mentionCount, a.fileCount, a.factCount]);
      assert.deepEqual(b.mentions, a.mentions);
    }
    assert.deepEqual(reversed.firstMentionOf('alibaba-group'), index.mentionsOf('alibaba-group')[0]);
    assert.equal(reversed.firstMentionOf('nobody'), undefined);
  });

  it('builds only the first mentions and facts when given a limit, the same as the full list begins', () => {
    const index = twoFileIndex();
    const firstThree = index.mentionsOf('alibaba-group', 3);
    assert.equal(firstThree.length, 3);
    assert.deepEqual(firstThree, index.mentionsOf('alibaba-group').slice(0, 3));
    assert.deepEqual(index.mentionsOf('alibaba-group', 3), firstThree); // from the cached list now
    assert.deepEqual(index.factsOf('alibaba-group', 1).map((f) => f.predicate), ['market_share']);
    assert.deepEqual(index.mentionsOf('nobody', 3), []);
  });

  it('types an entity by the votes left after a removal', () => {
    const index = new WorkspaceIndex();
    const text = 'Orion Orion';
    const as = (type: EntityMention['type'], from: number) => mention(text, 'Orion', type, 'orion', 'Orion', from);
    index.setFile(buildFileRecord('file:///w/1.txt', text, { lang: 'fr', entities: [as('product', 0), as('product', 6)], figures: [], facts: [] }));
    index.setFile(buildFileRecord('file:///w/2.txt', text, { lang: 'fr', entities: [as('company', 0)], figures: [], facts: [] }));
    assert.equal(index.entity('orion')!.type, 'product');
    assert.deepEqual(index.entitiesOfType('product').map((e) => e.id), ['orion']);
    index.deleteFile('file:///w/1.txt');
    assert.equal(index.entity('orion')!.type, 'company');
    assert.deepEqual(index.entitiesOfType('product'), []);
    assert.deepEqual(index.rankedCompanies().map((e) => e.id), ['orion']);
  });

  it('ranks as a full sort by mentions then name would, through every change', () => {
    // Names that a plain code-unit order would rank differently from the collator.
    const NAMES = ['Élysée', 'elysee', 'Zeta', 'zèbre', 'Ångström', 'apple', 'Apple', '3M', 'A-B', 'AB', 'Œuvre', 'oeuvre', 'Ça', 'Cab', 'école', 'Ecole', 'Mañana', 'Manana'];
    const TYPES: EntityMention['type'][] = ['company', 'ticker', 'person'];
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const index = new WorkspaceIndex();
    const uris = Array.from({ length: 12 }, (_, i) => `file:///w/${i}.txt`);
    for (let step = 0; step < 150; step++) {
      const uri = pick(uris);
      if (random() < 0.2) index.deleteFile(uri);
      else {
        const entities: EntityMention[] = [];
        for (let i = 0, n = 1 + Math.floor(random() * 6); i < n; i++) {
          const name = step > 100 && random() < 0.3 ? `${pick(NAMES)} ${step}` : pick(NAMES);
          entities.push({ start: i * 40, end: i * 40 + 5, text: name, type: pick(TYPES), id: foldForSearch(name).replace(/\W+/g, '-'), name });
        }
        index.setFile(buildFileRecord(uri, 'x'.repeat(400), { lang: 'fr', entities, figures: [], facts: [] }));
      }
      if (step % 5) continue;
      const all = index.searchEntities('', Infinity);
      for (const types of [['company'], ['person'], ['company', 'ticker']] as EntityMention['type'][][]) {
        const expected = all.filter((e) => types.includes(e.type)).sort(byMentionsThenName);
        const ranked = types.length === 1 ? index.entitiesOfType(types[0]) : index.entitiesOfTypes(types);
        assert.deepEqual(ranked.map((e) => `${e.mentionCount} ${e.name}`), expected.map((e) => `${e.mentionCount} ${e.name}`), `step ${step}, ${types}`);
      }
    }
  });
});

describe('workspace index: name order', () => {
  const collator = new Intl.Collator();

  it('places names in collator order as they come, batch after batch', () => {
    const order = new NameOrder();
    const seen: string[] = [];
    const batches = [['Zeta', 'alpha', 'Élan'], ['elan', 'Alpha', 'zèbre', 'Zeta'], ['3M', 'A-B', 'AB', 'Œuvre', 'oeuvre', 'Ça', 'Cab']];
    for (const batch of batches) {
      seen.push(...batch.filter((n) => !seen.includes(n)));
      const places = order.placesOf(seen);
      const byPlace = [...seen].sort((a, b) => places.get(a)! - places.get(b)!);
      assert.deepEqual(byPlace, [...seen].sort(collator.compare));
      assert.equal(new Set(seen.map((n) => places.get(n))).size, seen.length, 'distinct names, distinct places');
    }
  });

  it('forgets names no longer asked for once they outnumber the rest', () => {
    const order = new NameOrder();
    let places: ReadonlyMap<string, number> = new Map();
    for (let round = 0; round < 30; round++) places = order.placesOf(Array.from({ length: 100 }, (_, i) => `Name ${round} ${i}`));
    assert.ok(places.size <= 2 * 100 + 1000 + 100, `${places.size} names kept`);
    const last = Array.from({ length: 100 }, (_, i) => `Name 29 ${i}`);
    assert.deepEqual([...last].sort((a, b) => places.get(a)! - places.get(b)!), [...last].sort(collator.compare));
  });
});

describe('workspace index: hover cards', () => {
  const index = twoFileIndex();
  const uri = 'file:///w/a.txt';
  const figs = analysisA().figures;

  it('shows the normalized value, the stated equivalent and the fact of a money figure', () => {
    const card = figureCard(figs[1], { index, uri, t: englishText });
    assert.match(card, /`380 000 000 000 CNY`/);
    assert.match(card, /Stated equivalent: 52 milliards de dollars = `52 000 000 000 USD`/);
    assert.match(card, /Fact: Alibaba Group — investment/);
  });

  it('shows the qualifier in words and what the parenthesized figure restates', () => {
    const card = figureCard(figs[2], { index, uri, t: englishText });
    assert.match(card, /Qualifier: about/);
    assert.match(card, /Restates: 380 milliards de yuans/);
  });

  it('converts money to the reference currency with the rates date', () => {
    const exchange = { referenceCurrency: 'EUR', rates: { USD: 1, EUR: 0.92, CNY: 7.2 }, ratesDate: '2025-06-30' };
    const card = figureCard(figs[2], { index, uri, t: englishText, exchange });
    assert.match(card, /In EUR: ≈ `47 840 000 000 EUR` \(rates of 2025-06-30\)/);
    assert.equal(convertMoney(100, 'USD', 'XXX', exchange.rates), undefined);
    assert.ok(Math.abs(convertMoney(7.2, 'CNY', 'USD', exchange.rates)! - 1) < 1e-12);
  });

  it('does not convert a figure already in the reference currency, nor a percentage', () => {
    const exchange = { referenceCurrency: 'USD', rates: { USD: 1, EUR: 0.92 }, ratesDate: '' };
    assert.doesNotMatch(figureCard(figs[2], { index, uri, t: englishText, exchange }), /In USD/);
    assert.doesNotMatch(figureCard(figs[0], { index, uri, t: englishText, exchange }), /In USD/);
  });

  it('writes ISO values for dates and durations', () => {
    assert.equal(normalizedValue(figs[3]), 'P3Y');
    assert.equal(normalizedValue(figs[0]), '33 %');
  });

  it('gives an entity card with ticker, aliases, counts, facts and command links', () => {
    const card = entityCard(index.entity('alibaba-group')!, { index, uri, t: englishText });
    assert.match(card, /\*\*Alibaba Group\*\* — company · `NYSE:BABA`/);
    assert.match(card, /Also written: Alibaba/);
    assert.match(card, /Mentions: 3 in this file, 5 in 2 files of the workspace/);
    assert.match(card, /market share: `33 %` \(a\\\.txt:1\)/);
    assert.match(card, /command:articleLens\.revealInTree\?%5B%22alibaba-group%22%5D/);
    assert.match(card, /command:articleLens\.findMentions/);
  });

  it('shows the first five facts of an entity in file order, and how many more there are', () => {
    const many = new WorkspaceIndex();
    // Three files (added out of URI order) of three revenue facts each: the card reads only what it shows.
    for (const name of ['c', 'a', 'b']) {
      const text = ['Acme a réalisé 1 million de dollars.', 'Acme a réalisé 2 millions de dollars.', 'Acme a réalisé 3 millions de dollars.'].join('\n');
      const analysis: ArticleAnalysis = { lang: 'fr', entities: [], figures: [], facts: [] };
      for (const [line, amount] of ['1 million de dollars', '2 millions de dollars', '3 millions de dollars'].entries()) {
        const from = text.split('\n').slice(0, line).join('\n').length;
        analysis.entities.push(mention(text, 'Acme', 'company', 'acme', 'Acme', from));
        const f = figure(text, amount, { kind: 'money', value: (line + 1) * 1e6, unit: 'USD' });
        analysis.figures.push(f);
        analysis.facts.push({ entity: 'acme', figure: f.start, predicate: 'revenue' });
      }
      many.setFile(buildFileRecord(`file:///w/${name}.txt`, text, analysis));
    }
    const card = entityCard(many.entity('acme')!, { index: many, uri: 'file:///w/a.txt', t: englishText });
    const shown = [...card.matchAll(/`(\d[\d ]*) USD` \((\w)\\\.txt:(\d)\)/g)].map((m) => `${m[2]}:${m[3]}`);
    assert.deepEqual(shown, ['a:1', 'a:2', 'a:3', 'b:1', 'b:2']);
    assert.match(card, /… and 4 more/);
  });

  it('uses the translation function for every label', () => {
    const upper = (m: string, ...a: Array<string | number>) => englishText(m, ...a).toUpperCase();
    assert.match(figureCard(figs[1], { index, uri, t: upper }), /VALUE:/);
    assert.equal(fileName('file:///w/sub/b%20c.md'), 'b c.md');
  });
});

describe('workspace index: jobs', () => {
  const options = { defaultDollar: 'USD', maxBytes: 1000 };

  it('analyzes text and reports an unchanged hash without analyzing again', () => {
    const first = runJob({ uri: 'u', text: 'Bonjour le monde.', options });
    assert.equal(first.status, 'analyzed');
    if (first.status !== 'analyzed') return;
    assert.equal(first.record.uri, 'u');
    const again = runJob({ uri: 'u', text: 'Bonjour le monde.', knownHash: first.record.hash, version: 4, options });
    assert.deepEqual(again, { uri: 'u', status: 'unchanged', version: 4 });
  });

  it('skips files over the size limit, binary and non-UTF-8 bytes with a reason', () => {
    const big = runJob({ uri: 'u', bytes: new Uint8Array(2000).fill(65), options });
    assert.equal(big.status, 'skipped');
    assert.match(big.status === 'skipped' ? big.reason : '', /limit/);
    const bin = runJob({ uri: 'u', bytes: new Uint8Array([65, 0, 66]), options });
    assert.match(bin.status === 'skipped' ? bin.reason : '', /binary/);
    const latin1 = runJob({ uri: 'u', bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9]), options });
    assert.match(latin1.status === 'skipped' ? latin1.reason : '', /UTF-8/);
    const bigText = runJob({ uri: 'u', text: 'é'.repeat(600), options });
    assert.equal(bigText.status, 'skipped');
  });

  it('reads a file from its path, refuses one over the limit unread, and reports a vanished file or a folder as gone', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-job-'));
    try {
      const article = path.join(dir, 'a.txt');
      fs.writeFileSync(article, TEXT_A);
      const read = runJob({ uri: 'u', path: article, options });
      const fromText = runJob({ uri: 'u', text: TEXT_A, options });
      assert.ok(read.status === 'analyzed' && fromText.status === 'analyzed');
      assert.deepEqual(read.record, fromText.record);
      assert.deepEqual(runJob({ uri: 'u', path: article, knownHash: hashText(TEXT_A), options }), { uri: 'u', status: 'unchanged' });
      const big = path.join(dir, 'big.txt');
      fs.writeFileSync(big, 'A'.repeat(1500));
      assert.deepEqual(runJob({ uri: 'u', path: big, options }), { uri: 'u', status: 'tooLarge', size: 1500 });
      const gone = runJob({ uri: 'u', path: path.join(dir, 'gone.txt'), options });
      assert.equal(gone.status === 'unreadable' && gone.gone, true);
      const folder = runJob({ uri: 'u', path: dir, options });
      assert.equal(folder.status === 'unreadable' && folder.gone, true);
      if (process.platform !== 'win32') {
        // A named pipe is not opened (that would block the worker): reported, not read.
        const pipe = path.join(dir, 'pipe.txt');
        execFileSync('mkfifo', [pipe]);
        const special = runJob({ uri: 'u', path: pipe, options });
        assert.deepEqual(special.status === 'unreadable' ? [special.gone, special.reason] : special, [false, 'not a regular file']);
      }
      const binary = path.join(dir, 'b.txt');
      fs.writeFileSync(binary, new Uint8Array([65, 0, 66]));
      const refused = runJob({ uri: 'u', path: binary, options });
      assert.match(refused.status === 'skipped' ? refused.reason : '', /binary/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fixes the language when asked', () => {
    const r = runJob({ uri: 'u', text: 'The company said its revenue rose.', options: { ...options, lang: 'fr' } });
    assert.equal(r.status === 'analyzed' ? r.record.analysis.lang : '', 'fr');
  });
});

describe('workspace index: records as the worker posts them', () => {
  const options = { defaultDollar: 'USD', maxBytes: 1 << 20 };
  const seedsDir = path.resolve(__dirname, '../../seeds');

  it('unpacks every seed record to exactly the record packed', () => {
    const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
    assert.ok(seeds.length >= 5);
    for (const [i, name] of seeds.entries()) {
      const result = runJob({ uri: `file:///seeds/${name}`, path: path.join(seedsDir, name), options, ...(i % 2 ? { text: fs.readFileSync(path.join(seedsDir, name), 'utf8'), version: i } : {}) });
      assert.equal(result.status, 'analyzed', name);
      if (result.status !== 'analyzed') continue;
      assert.ok(result.record.analysis.entities.length && result.record.analysis.figures.length, name);
      assert.deepStrictEqual(unpackRecord(packRecord(result.record)), result.record, name);
      assert.deepStrictEqual(unpackResult(packResult(result)), result, name);
    }
  });

  it('keeps optional fields absent, string values, qualifiers, the file name and the version', () => {
    const record = buildFileRecord('file:///a.txt', TEXT_A, { ...analysisA(), file: 'a.txt' }, 7);
    record.analysis.figures[0] = { ...record.analysis.figures[0], approx: 'over', direction: 'up' };
    assert.ok(record.analysis.figures.some((f) => typeof f.value === 'string') && record.analysis.figures.some((f) => f.unit === undefined));
    const back = unpackRecord(packRecord(record));
    assert.deepStrictEqual(back, record);
    assert.ok(!('unit' in back.analysis.figures.find((f) => f.kind === 'duration')!));
    const bare = buildFileRecord('u', '', { lang: 'en', entities: [], figures: [], facts: [] });
    assert.deepStrictEqual(unpackRecord(packRecord(bare)), bare);
    assert.ok(!('version' in unpackRecord(packRecord(bare))) && !('file' in unpackRecord(packRecord(bare)).analysis));
  });

  it('holds each distinct string once, so the host keeps one copy of a repeated name', () => {
    const packed = packRecord(buildFileRecord('u', TEXT_A, analysisA()));
    assert.equal(new Set(packed.strings).size, packed.strings.length);
    const back = unpackRecord(packed);
    const alibaba = back.analysis.entities.filter((m) => m.id === 'alibaba-group');
    assert.equal(alibaba.length, 3);
    assert.equal(packed.strings.filter((x) => x === 'Alibaba Group').length, 1);
  });

  it('passes the other results through as they are', () => {
    for (const result of [
      { uri: 'u', status: 'unchanged' as const, version: 2 },
      { uri: 'u', status: 'skipped' as const, reason: 'binary' },
      { uri: 'u', status: 'tooLarge' as const, size: 9 },
      { uri: 'u', status: 'unreadable' as const, gone: true, reason: 'ENOENT' },
      { uri: 'u', status: 'failed' as const, reason: 'x' },
    ]) assert.deepStrictEqual(unpackResult(packResult(result)), result);
  });
});

describe('workspace index: globs', () => {
  it('matches the default include and exclude patterns', () => {
    const m = new GlobMatcher('**/*.{txt,md}', '**/node_modules/**');
    assert.ok(m.matches(['/home/me/news/a.txt']));
    assert.ok(m.matches(['a.md']));
    assert.ok(m.matches(['/x/y/Z.TXT']));
    assert.ok(!m.matches(['/x/y/a.json']));
    assert.ok(!m.matches(['/x/node_modules/pkg/readme.md']));
    assert.ok(!m.matches(['/x/a.txt.bak']));
    const relative = new GlobMatcher('articles/**/*.txt', '');
    assert.ok(relative.matches(['/abs/w/articles/2025/a.txt', 'articles/2025/a.txt']));
    assert.ok(relative.matches(['articles/a.txt']));
    assert.ok(!relative.matches(['/abs/w/other/a.txt', 'other/a.txt']));
    assert.ok(globToRegExp('file?.[tm]xt').test('file1.txt'));
    assert.ok(!globToRegExp('file?.[tm]xt').test('file1.ext'));
    assert.ok(globToRegExp('a+b(1).txt').test('a+b(1).txt'));
  });

  it('stays fast on long paths', () => {
    const m = new GlobMatcher('**/a/**/b/**/*.txt', '**/node_modules/**');
    const path = `${'a/'.repeat(2000)}x.md`;
    const started = performance.now();
    assert.ok(!m.matches([path]));
    assert.ok(performance.now() - started < 1000, "a long path must not make the glob backtrack");
  });
});
