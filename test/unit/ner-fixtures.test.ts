// The entity layer on text of other kinds than the development sets: our own texts, written and
// annotated by hand before the analyzer was run on them, never trained on (each source, .md beside
// its .jsonl, states its conventions at the top). Each floor sits just under the score reached, so a
// change that loses names there fails. en-finance-news-2 was scored before any rule looked at it
// (84.7): the rules since were written for classes of error it showed, so its floor flatters less;
// en-finance-3 scored 87.2 when first run, before any rule looked at it (89.7 after the rules for its classes);
// en-finance-4 (wire financial news) scored 88.3 when first run, before any rule looked at it (88.5 once
// its one ticker wrongly marked as a name was taken out of the gold, as its conventions say);
// en-finance-5 (private equity, traders, insurers, Asian and Latin American markets, fintech, crypto,
// earnings calls, league tables) scored 87.1 when first run, before any rule looked at it (87.4 once
// one country left out of the gold by mistake, `India's Nifty 50`, was put in; 98.6 after the list entries
// and rules for its classes, most of them list entries, so that floor flatters);
// en-finance-6 (central banks and regulators, market wraps, earnings with tickers in running text, bankruptcies,
// SPACs and IPO filings, sovereign debt) scored 86.6 when first run, before any rule looked at it (87.5 once three
// places left out of the gold against its own conventions were put in: `Japan's Nikkei`, `U.S. Bankruptcy Judge`,
// `head of Latin America macro strategy`); 92.5 after the rules for its classes, with no list entry of its firms (94.2 after en-finance-7's, 94.7 after en-finance-8's);
// en-finance-7 (regional banks and credit unions, shipping, Indian, Gulf, African, Pakistani and Latin American markets,
// law firms and auditors, a venture round, index reviews, a sponsorship deal) scored 88.1 when first run, before any rule
// looked at it; 93.9 after the rules for its classes, eight of its names gained by list entries (Congress, venture firms,
// index providers, White & Case, Aston Martin; 94.3 after en-finance-8's);
// en-finance-8 (earnings calls in Seoul and Tokyo, central banks and regulators of many countries, crypto and fintech,
// pharma and biotech deals, lithium and platinum miners, Latin American and Asian firms, sovereign issuers, an Indian
// court, index movers, bylines) scored 88.2 when first run, before any rule looked at it (88.6 once three regions in job
// titles left out of the gold against en-finance-6's convention were put in); 93.6 after the rules for its classes, no
// list entry of its firms or people;
// en-finance-9 (European legal forms, African banks and miners, reinsurers, shipping and airlines, private equity and hedge
// funds, brokers' notes, courts and tribunals, firms named like people, one-word and mixed-case firms) scored 83.4 when
// first run, before any rule looked at it (83.5 once a body with its `of` complement was joined as en-finance-3's convention
// says); 90.3 after the rules for its classes, no list entry of its firms or people (0.3 of it from two gold mends made
// after the analyzer ran: a court with its seat joined as its own convention says, airports as wikigold marks them);
// en-finance-10 (local councils, hospitals, school bonds, sports business, studios and labels, co-ops, REITs, defence, foundations,
// endowments, firms named like people, one-word fintechs, surnames quoted alone) scored 87.8 when first run, before any rule
// looked at it; 91.9 after the rules for its classes, no list entry of its firms or people, and `City of Durham` brought
// to wikigold's reading (a place, +0.3);
// regional-fr-3 (French regional daily, parliament, encyclopedic, leaflets, third set) scored 84.1 when first run, before any rule looked at it
// (84.7 once three slips against its own stated conventions were mended: two road codes, a conseil municipal with its town); 89.7 after the rules for its classes;
// regional-fr-4 (Lorraine and Alsace regional daily, parliament, encyclopedic, leaflets, fourth set) scored 78.5 when first run,
// before any rule looked at it (80.6 once seven slips against stated conventions were mended and two readings brought to the
// Wikinews gold: académie de Nancy-Metz, Opéra de Nancy); 95.2 after the rules and list entries for its classes;
// press-fr-2 (Swiss and Luxembourg press) scored 79.3 when first run, before any rule looked at it;
// press-fr-3 (Swiss and Luxembourg press 1798-1840 and 1960-2018) scored 79.1 when first run, before any rule looked at it
// (79.7 on its gold once six slips against its own stated conventions were mended: headings FRANCE, GRAND-DUCHÉ, two portfolios, two bodies with their canton); 91.0 after the rules for its classes.
// press-fr-4 (Swiss and Luxembourg press 1850-1965: dispatches, the two wars, cantons and communes, ads, obituaries, courts, sport)
// scored 84.1 when first run, before any rule looked at it (84.9 once six agencies in brackets left out of the gold against its own stated convention were put in).
// press-fr-5 (Swiss and Luxembourg press 1882-1971: stock lists, railways, the League of Nations, Arbed, rationing, village societies,
// cooperatives, obituaries, Russia 1905 and China 1937, OCR noise) scored 81.9 when first run, before any rule looked at it
// (82.1 once its headline's country, left out of the gold against the rounds' convention, was put in); 92.1 after the rules for its classes.
// press-fr-6 (Swiss and French-language press 1860-1950: Savoy 1860, the Commune, the Gothard and the Simplon, royal visits, mobilizations,
// the Ticino and Jura questions, a fair, a court, the watch crisis, the P.-L.-M.; OCR noise without the long s) scored 89.4 when first run,
// before any rule looked at it (89.8 once one slip against its stated conventions was mended: `baron de Nervo`); 92.9 after the rules for its
// classes (one list entry gained a name there: les Romands).
// regional-fr-5 (regional and administrative news away from Lorraine: councils, agglomerations, syndicates, associations, clubs, schools,
// prefectoral orders, floods, a public inquiry, courts; encyclopedic communes, a river, a canton) scored 79.1 when first run, before any rule
// looked at it (80.5 once nine slips against stated conventions were mended: eight names in sub-headlines, a conseil municipal with its town;
// 80.9 once rectorat de Caen was brought to the Wikinews reading, the town); 86.7 after the rules for its classes (one list entry gained a
// name there: the club tail OC); 87.3 once its association with a capitalized article was read as its gold has it (sequoia-fr's round).
// sequoia-fr (the four genres of a French treebank: a regional daily of Champagne-Ardenne and Franche-Comté, European Parliament
// turns, encyclopedic pages, drug leaflets) scored 89.2 when first run, before any rule looked at it; 95.6 after the rules for its
// classes (associations with a capitalized article, village-news headings and paragraphs, museums, drug brands in capitals, places
// in capitals, leaflet addresses, et between adjectives, et Fils), no list entry. regional-fr-2, -3 and -4 had their `association [Les X]`
// golds brought to the reading `association Les X` (sequoia-fr.md).
import assert from 'node:assert/strict';
import { analyzerScore, nerRecords } from '../support/ner';
import type { Lang } from '../../src/core/types';

const FIXTURES: { file: string; lang: Lang; texts: number; floor: number; what: string }[] = [
  { file: 'press-fr-ner.jsonl', lang: 'fr', texts: 24, floor: 0.95, what: 'French old press (OCR noise, headlines in capitals), parliament, encyclopedic, 1990s papers' },
  { file: 'press-fr-2.jsonl', lang: 'fr', texts: 20, floor: 0.95, what: 'Swiss and Luxembourg French press 1847-1960 (federal and cantonal politics, telegrams, ads, obituaries, stock lists, sport, weather; OCR noise)' },
  { file: 'press-fr-3.jsonl', lang: 'fr', texts: 20, floor: 0.9, what: 'Swiss and Luxembourg French press 1798-1840 and 1960-2018 (Helvetic Republic, Empire, Restoration, long s; votes, banks, watchmakers, EU bodies, sport, courts, TV listings, ads; OCR noise)' },
  { file: 'press-fr-4.jsonl', lang: 'fr', texts: 20, floor: 0.89, what: 'Swiss and Luxembourg French press 1850-1965 (dispatches, 1914-1918 and 1939-1945 communiqués, cantonal and communal politics, small towns and rivers, ads, obituaries, courts, sport; OCR noise)' },
  { file: 'press-fr-5.jsonl', lang: 'fr', texts: 20, floor: 0.91, what: 'Swiss and Luxembourg French press 1882-1971 (stock lists, railways, the 1896 exhibition, the League of Nations, Arbed and Luxembourg politics, rationing, village societies, cooperatives, obituaries, Russia 1905 and China 1937; OCR noise)' },
  { file: 'press-fr-6.jsonl', lang: 'fr', texts: 20, floor: 0.92, what: 'Swiss and French-language press 1860-1950 (Savoy 1860, the Commune by telegraph, the 1874 revision, the Gothard and the Simplon, royal visits, mobilizations, the Ticino and Jura questions, a cattle fair, a court, the watch crisis, the P.-L.-M., a death notice; OCR noise)' },
  { file: 'regional-fr-ner.jsonl', lang: 'fr', texts: 20, floor: 0.92, what: 'French regional daily, European Parliament, encyclopedic, drug leaflets' },
  { file: 'regional-fr-2.jsonl', lang: 'fr', texts: 22, floor: 0.84, what: 'French regional daily (clubs, courts, farming, schools, hospitals, strikes), European Parliament, encyclopedic, drug leaflets, second set' },
  { file: 'regional-fr-3.jsonl', lang: 'fr', texts: 22, floor: 0.89, what: 'French regional daily (regional council, road accident, village fair, liquidation, derby, basketball, rail strike, flood, trial, charity), European Parliament (water, rail freight, questions, employment, votes), encyclopedic (commune, abbey, painter, battle), drug leaflets, third set' },
  { file: 'regional-fr-4.jsonl', lang: 'fr', texts: 22, floor: 0.94, what: 'French regional daily of Lorraine and Alsace (communities of communes, lycée, hospitals, steelworks, hiking club, amateur clubs, valley fire, general council, museum and orchestra, coal mine), European Parliament (services, tobacco, regions, chemicals, presidency), encyclopedic (river, mountain range, historic realm, dynasty), drug leaflets, fourth set' },
  { file: 'regional-fr-5.jsonl', lang: 'fr', texts: 20, floor: 0.86, what: 'French regional and administrative news of Brittany, Normandy, the South-West, the Massif Central and Provence (councils, agglomerations, syndicates, associations, clubs, schools, prefectoral orders, floods, a public inquiry, courts, a hospital group, a feast), encyclopedic communes, a river, a canton, fifth set' },
  { file: 'sequoia-fr.jsonl', lang: 'fr', texts: 20, floor: 0.95, what: 'French regional daily of Champagne-Ardenne and Franche-Comté (a city budget, a trial with its unions, a puppet festival and its associations, a canton\'s page of village news, a firm\'s takeover), European Parliament (roaming, working time, Galileo, borders, air passengers), encyclopedic (a biscuit firm, a fortified town, a sculptress, the Court of Auditors, the Council of Europe), drug leaflets and a public assessment report, sixth set' },
  { file: 'en-finance-news.jsonl', lang: 'en', texts: 20, floor: 0.935, what: 'English markets, earnings, deals, central banks, commodities' },
  { file: 'en-finance-news-2.jsonl', lang: 'en', texts: 20, floor: 0.9, what: 'English press releases, wire briefs, transcripts, emerging markets' },
  { file: 'en-finance-3.jsonl', lang: 'en', texts: 20, floor: 0.945, what: 'English annual reports, central banks, regulators, M&A, analyst notes, sovereign debt, commodities' },
  { file: 'en-finance-4.jsonl', lang: 'en', texts: 16, floor: 0.97, what: 'English wire financial news: market wraps, earnings, M&A, bonds, ECB, analyst notes, filings, IPO, asset managers' },
  { file: 'en-finance-5.jsonl', lang: 'en', texts: 10, floor: 0.98, what: 'English financial news: private equity, commodities traders, reinsurers, Asia and Latin America, fintech, crypto, earnings calls, league tables' },
  { file: 'en-finance-6.jsonl', lang: 'en', texts: 12, floor: 0.945, what: 'English financial news: central banks and regulators, market wraps, earnings with tickers in running text, bankruptcies, SPACs and IPO filings, sovereign debt' },
  { file: 'en-finance-7.jsonl', lang: 'en', texts: 20, floor: 0.94, what: 'English financial news: regional banks and credit unions, shipping, Indian, Gulf, African and Latin American markets, law firms and auditors, venture rounds, index providers, sponsorship' },
  { file: 'en-finance-8.jsonl', lang: 'en', texts: 20, floor: 0.93, what: 'English financial news: earnings calls, central banks and regulators of many countries, crypto and fintech, pharma and biotech, miners, Latin American and Asian firms, sovereign issuers, courts, index movers, bylines' },
  { file: 'en-finance-9.jsonl', lang: 'en', texts: 20, floor: 0.895, what: 'English financial news: European legal forms, African banks and miners, reinsurers, shipping and airlines, private equity and hedge funds, brokers\' notes, courts and tribunals, firms named like people, one-word and mixed-case firms' },
  { file: 'en-finance-10.jsonl', lang: 'en', texts: 20, floor: 0.915, what: 'English business news: local councils, hospitals and school bonds, sports business, studios and labels, co-ops and commodity boards, REITs and brokers, defence contracts, foundations, endowments, firms named like people, one-word fintechs, surnames quoted alone' },
];

for (const { file, lang, texts: count, floor, what } of FIXTURES) {
  describe(`NER on our own fixture ${file}: ${what}`, function () {
    this.timeout(60_000);
    const records = nerRecords(file);

    it(`holds ${count} texts whose gold spans are the text they name`, () => {
      assert.equal(records.length, count);
      for (const r of records) for (const e of r.entities) assert.equal(r.text.slice(e.start, e.end), e.text, `${r.id}: ${e.text}`);
    });

    it(`the analyzer reaches micro F1 >= ${floor} (ORG, PER, LOC)`, () => {
      const { f, report } = analyzerScore(records, lang);
      assert.ok(f >= floor, `analyzer micro F1 ${f.toFixed(4)} < ${floor}\n${report}`);
    });
  });
}
