// The entity layer on sentences of our own (French and English): gazetteer, tickers,
// corporate suffixes, cues, titles, hashtags, surnames, acronyms and linking across articles.
import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import { entityContext, ruleCandidates } from '../../src/core/entities/candidates';
import { selectCandidates, taggerCandidates } from '../../src/core/entities/merge';
import type { NameLabel, NameSpan } from '../../src/core/entities/tagger';
import { tokenize } from '../../src/core/text/tokenize';
import { gazetteer } from '../../src/core/entities/gazetteer';
import { kebab, withPlainInitials } from '../../src/core/entities/normalize';
import type { EntityMention, Lang } from '../../src/core/types';

const fr = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });
const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

/** The mention whose text is `surface` (the n-th one), or undefined. */
function find(ents: EntityMention[], surface: string, n = 0): EntityMention | undefined {
  return ents.filter((e) => e.text === surface)[n];
}

function expectMention(ents: EntityMention[], surface: string, type: string, id?: string): EntityMention {
  const m = find(ents, surface);
  assert.ok(m, `no mention "${surface}" in ${JSON.stringify(ents.map((e) => `${e.text}/${e.type}`))}`);
  assert.equal(m.type, type, `type of "${surface}"`);
  if (id !== undefined) assert.equal(m.id, id, `id of "${surface}"`);
  return m;
}

function noMention(ents: EntityMention[], surface: string): void {
  assert.ok(!ents.some((e) => e.text.includes(surface)), `unexpected mention holding "${surface}": ${JSON.stringify(ents.map((e) => e.text))}`);
}

describe('entities: invariants', () => {
  const samples: Array<[string, Lang]> = [
    ['Le groupe Renault (EPA:RNO) a annoncé lundi un accord avec Nissan au Japon.', 'fr'],
    ['Shares of Apple Inc. (NASDAQ: AAPL) rose 2% in New York after Tim Cook spoke.', 'en'],
    ['#Alibaba #HongKong #intelligence artificielle', 'fr'],
  ];
  for (const [text, lang] of samples) {
    it(`spans are ordered, disjoint and match the text: ${text.slice(0, 30)}`, () => {
      const ents = extractEntities(text, { lang });
      assert.ok(ents.length > 0);
      let last = -1;
      for (const e of ents) {
        assert.equal(text.slice(e.start, e.end), e.text);
        assert.ok(e.start >= last, 'ordered and not overlapping');
        last = e.end;
        assert.match(e.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        assert.ok(e.name.length > 0);
      }
    });
  }
  it('returns nothing for text without names', () => {
    assert.deepEqual(fr('les ventes ont progressé de 3 % au premier trimestre.'), []);
    assert.deepEqual(fr(''), []);
  });
});

describe('entities: ids', () => {
  it('kebab-cases names without accents', () => {
    assert.equal(kebab('Corée du Sud'), 'coree-du-sud');
    assert.equal(kebab('États-Unis'), 'etats-unis');
    assert.equal(kebab("L'Oréal"), 'l-oreal');
    assert.equal(kebab('Ørsted'), 'orsted');
  });
  it('reads each word of a phrase with its first letter unaccented, its other letters kept (École, secrétaire d’état)', () => {
    assert.equal(withPlainInitials('École'), 'Ecole');
    assert.equal(withPlainInitials("conseiller d'état"), "conseiller d'etat");
    assert.equal(withPlainInitials('secrétaire d’état'), 'secrétaire d’etat');
    assert.equal(withPlainInitials('conseiller aux états'), 'conseiller aux etats');
    assert.equal(withPlainInitials('Haute Autorité'), 'Haute Autorité');
  });
  it('gives countries their French name as canonical in both languages', () => {
    expectMention(en('Exports to China fell.'), 'China', 'place', 'chine');
    expectMention(fr('Les exportations vers la Chine ont reculé.'), 'Chine', 'place', 'chine');
    assert.equal(find(en('Exports to China fell.'), 'China')?.name, 'Chine');
    expectMention(en('Samsung is based in South Korea.'), 'South Korea', 'place', 'coree-du-sud');
    expectMention(fr('Samsung est basé en Corée du Sud.'), 'Corée du Sud', 'place', 'coree-du-sud');
  });
  it('links every alias of a company to one id', () => {
    const ids = ['Alibaba a publié ses résultats.', "Alibaba Group Holding Limited a publié ses résultats.", 'Le groupe Alibaba Group a publié ses résultats.']
      .map((t) => fr(t).find((e) => e.type === 'company')?.id);
    assert.deepEqual(ids, ['alibaba-group', 'alibaba-group', 'alibaba-group']);
  });
  it('keeps a subsidiary with its own name apart from its parent', () => {
    const ents = fr('Alibaba Cloud et Huawei Cloud dominent, devant Tencent.');
    expectMention(ents, 'Alibaba Cloud', 'company', 'alibaba-cloud');
    expectMention(ents, 'Huawei Cloud', 'company', 'huawei-cloud');
    expectMention(ents, 'Tencent', 'company', 'tencent');
    assert.equal(gazetteer().byId.get('alibaba-cloud')?.parentId, 'alibaba-group');
  });
  it('gives an unknown name the id of its own text, the same in every article', () => {
    const a = fr('La société Zorblax Industries a levé des fonds.');
    const b = fr('Zorblax Industries prévoit de recruter.');
    const ma = a.find((e) => e.text.startsWith('Zorblax'));
    const mb = b.find((e) => e.text.startsWith('Zorblax'));
    assert.ok(ma && mb);
    assert.equal(ma.id, mb.id);
    assert.equal(ma.type, 'company');
  });
});

describe('entities: tickers', () => {
  it('reads a ticker in parentheses and the company before it', () => {
    const ents = fr('Alibaba Group (NYSE:BABA) a bondi de 5 %.');
    expectMention(ents, 'Alibaba Group', 'company', 'alibaba-group');
    expectMention(ents, 'NYSE:BABA', 'ticker', 'alibaba-group');
  });
  it('reads a ticker with a space after the colon', () => {
    const ents = en('Apple (NASDAQ: AAPL) gained 1%.');
    expectMention(ents, 'NASDAQ: AAPL', 'ticker', 'apple');
  });
  it('reads a two-word exchange', () => {
    const ents = fr('LVMH (Euronext Paris: MC) a reculé.');
    expectMention(ents, 'LVMH', 'company', 'lvmh');
    expectMention(ents, 'Euronext Paris: MC', 'ticker', 'lvmh');
  });
  it('gives an unknown ticker the id of the unknown company before it', () => {
    const ents = en('Quuxo Robotics (NASDAQ:QXRB) jumped 12% on Monday.');
    const company = expectMention(ents, 'Quuxo Robotics', 'company');
    expectMention(ents, 'NASDAQ:QXRB', 'ticker', company.id);
  });
  it('reads a bare symbol after "actions" when it is a known ticker', () => {
    const ents = fr('Vendredi, les actions BABA ont progressé de 0,3 %.');
    expectMention(ents, 'BABA', 'ticker', 'alibaba-group');
  });
  it('reads a bare symbol quoted earlier in the article', () => {
    const ents = en('Nvidia Corp. (NASDAQ:NVDA) rallied. NVDA closed higher.');
    assert.equal(ents.filter((e) => e.type === 'ticker').length, 2);
  });
  it('does not read an all-caps word as a ticker without a cue', () => {
    const ents = fr("L'OCDE prévoit une croissance faible.");
    assert.ok(!ents.some((e) => e.type === 'ticker'));
  });
});

describe('entities: corporate suffixes', () => {
  it('keeps the suffix in the span and drops it from the id', () => {
    const ents = en('Microsoft Corp. and Nvidia Corp. signed a deal.');
    expectMention(ents, 'Microsoft Corp.', 'company', 'microsoft');
    expectMention(ents, 'Nvidia Corp.', 'company', 'nvidia');
  });
  it('finds unknown companies by their legal form', () => {
    expectMention(fr('Le contrat a été signé par Brindle Logistique SAS.'), 'Brindle Logistique SAS', 'company', 'brindle-logistique');
    expectMention(en('The firm sold its stake to Harrowgate Holdings Ltd last year.'), 'Harrowgate Holdings Ltd', 'company', 'harrowgate-holdings');
    expectMention(en('Velmora Inc. reported a loss.'), 'Velmora Inc.', 'company', 'velmora');
  });
  it('does not join two names across "et"', () => {
    const ents = fr('Siemens et Nvidia Corp. collaborent.');
    expectMention(ents, 'Siemens', 'company', 'siemens');
    expectMention(ents, 'Nvidia Corp.', 'company', 'nvidia');
  });
});

describe('entities: cues and titles', () => {
  it('strips the determiner and the cue: le groupe X', () => {
    const ents = fr('Le groupe Alibaba a annoncé un investissement.');
    expectMention(ents, 'Alibaba', 'company', 'alibaba-group');
    noMention(ents, 'groupe');
  });
  it('reads an unknown company after a cue with an adjective between', () => {
    expectMention(fr('Le constructeur chinois Zeekrat a dévoilé un modèle.'), 'Zeekrat', 'company');
    expectMention(en('The startup Quillbit raised $10 million.'), 'Quillbit', 'company');
  });
  it('reads a person after a role cue, without the title', () => {
    const ents = fr('Le PDG Eddie Wu a présenté la stratégie.');
    expectMention(ents, 'Eddie Wu', 'person', 'eddie-wu');
    noMention(ents, 'PDG');
    expectMention(fr('Selon le ministre Barnabé Quintard, la réforme avance.'), 'Barnabé Quintard', 'person');
  });
  it('reads a person after M. or Mme', () => {
    expectMention(fr('M. Trouvelot a démissionné.'), 'Trouvelot', 'person');
    expectMention(fr('Mme Garrigou-Lagrange a été nommée.'), 'Garrigou-Lagrange', 'person');
    expectMention(en('Mr. Pemberton declined to comment.'), 'Pemberton', 'person');
  });
  it('reads a place after a place cue', () => {
    expectMention(fr('Un bâtiment dans le district de Xuhui à Shanghai.'), 'Xuhui', 'place', 'xuhui');
  });
  it('reads coordinated products after a product cue', () => {
    const ents = fr('Les remises portent sur les modèles Pro et Pro Max.');
    expectMention(ents, 'Pro', 'product');
    expectMention(ents, 'Pro Max', 'product');
  });
});

describe('entities: people', () => {
  it('reads first name + surname, with a surname in capitals', () => {
    const ents = fr('Crédit Photo : Hector RETAMAL / AFP');
    const m = expectMention(ents, 'Hector RETAMAL', 'person', 'hector-retamal');
    assert.equal(m.name, 'Hector Retamal');
    expectMention(ents, 'AFP', 'organization', 'agence-france-presse');
  });
  it('links a later surname alone to the person named in full', () => {
    const ents = fr("Eddie Wu dirige le groupe. Selon Wu, la demande reste forte.");
    expectMention(ents, 'Wu', 'person', 'eddie-wu');
    const en1 = en('Jeffrey Katzenberg praised the deal. Katzenberg said it was fair.');
    expectMention(en1, 'Katzenberg', 'person', 'jeffrey-katzenberg');
  });
  it('links an unknown person surname too', () => {
    const ents = fr("Marguerite Delabrousse a fondé l'entreprise. Delabrousse en reste actionnaire.");
    const full = expectMention(ents, 'Marguerite Delabrousse', 'person');
    expectMention(ents, 'Delabrousse', 'person', full.id);
  });
  it('keeps particles inside names', () => {
    expectMention(fr('Selon Jean-Yves Le Drian, la situation est grave.'), 'Jean-Yves Le Drian', 'person');
  });
  it('lets a person named in full win over a place of the same name', () => {
    const ents = fr('François Hollande a parlé. Hollande a ensuite quitté la salle.');
    expectMention(ents, 'Hollande', 'person', 'francois-hollande');
  });
  it('keeps a listed place when the "person" named in full opens with no first name', () => {
    const rulesOnly = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr', noTagger: true });
    const ents = rulesOnly('Le candidat Renouveau Lyon a gagné. Lyon reste calme.');
    expectMention(ents, 'Renouveau Lyon', 'person');
    assert.equal(find(ents, 'Lyon')?.type, 'place', JSON.stringify(ents.map((e) => `${e.text}/${e.type}`)));
  });
});

describe('entities: hashtags', () => {
  it('reads a hashtag as the name without #', () => {
    const ents = fr('#Chine\n#HongKong\n#Alibaba\n#Jack Ma\n#Bourse de Hong Kong');
    expectMention(ents, 'Chine', 'place', 'chine');
    expectMention(ents, 'HongKong', 'place', 'hong-kong');
    expectMention(ents, 'Alibaba', 'company', 'alibaba-group');
    expectMention(ents, 'Jack Ma', 'person', 'jack-ma');
    expectMention(ents, 'Bourse de Hong Kong', 'organization', 'bourse-de-hong-kong');
    assert.ok(!ents.some((e) => e.text.startsWith('#')));
  });
  it('reads no name in a lower-case hashtag', () => {
    assert.deepEqual(fr('#intelligence artificielle\n#économie'), []);
  });
});

describe('entities: acronyms', () => {
  it('links an acronym in parentheses, and later uses, to the name it follows', () => {
    const ents = fr("La Banque centrale européenne (BCE) a relevé ses taux. La BCE reste prudente.");
    expectMention(ents, 'Banque centrale européenne', 'organization', 'banque-centrale-europeenne');
    assert.equal(ents.filter((e) => e.text === 'BCE' && e.id === 'banque-centrale-europeenne').length, 2);
  });
  it('defines a new acronym for an unknown organization', () => {
    const ents = fr("La Fédération des cidriers normands (FCN) proteste. Selon la FCN, les prix baissent.");
    const acr = ents.filter((e) => e.text === 'FCN');
    assert.equal(acr.length, 2);
    assert.equal(acr[0].id, acr[1].id);
  });
});

describe('entities: no mention', () => {
  it('reads no nationality adjective or description', () => {
    const ents = fr('Le géant chinois et ses rivaux américains visent le marché européen.');
    assert.deepEqual(ents, []);
  });
  it('reads no mention in common acronyms', () => {
    const ents = fr("L'IA générative et les LLM transforment le PIB.");
    assert.deepEqual(ents, []);
  });
  it('does not read an ambiguous company name at a sentence start', () => {
    const ents = en('Total revenue rose 5%.');
    assert.ok(!ents.some((e) => e.id === 'totalenergies'));
    expectMention(en('Shares of Total fell after the report.'), 'Total', 'company', 'totalenergies');
  });
});

describe('entities: products', () => {
  it('reads product versions as their own products', () => {
    const ents = fr("Apple a vendu plus d'iPhone 16 Pro Max que prévu.");
    expectMention(ents, 'iPhone 16 Pro Max', 'product', 'iphone-16-pro-max');
    const q = fr('Alibaba a lancé Qwen3 et QwQ-32B, puis Qwen-VL.');
    expectMention(q, 'Qwen3', 'product', 'qwen3');
    expectMention(q, 'QwQ-32B', 'product', 'qwq-32b');
    expectMention(q, 'Qwen-VL', 'product', 'qwen-vl');
  });
  it('reads a known product and its maker', () => {
    const ents = en('OpenAI said ChatGPT now has more users.');
    expectMention(ents, 'OpenAI', 'company', 'openai');
    expectMention(ents, 'ChatGPT', 'product', 'chatgpt');
  });
});

describe('entities: places and organizations', () => {
  it('reads regions and continents', () => {
    const ents = fr("Le réseau couvre l'Asie du Sud-Est, le Moyen-Orient, l'Europe et les Amériques.");
    for (const [s, id] of [['Asie du Sud-Est', 'asie-du-sud-est'], ['Moyen-Orient', 'moyen-orient'], ['Europe', 'europe'], ['Amériques', 'ameriques']]) {
      expectMention(ents, s, 'place', id);
    }
  });
  it('reads an exchange as an organization, not its city', () => {
    const ents = fr("L'action a grimpé à la Bourse de Hong Kong puis à Hong Kong même.");
    expectMention(ents, 'Bourse de Hong Kong', 'organization', 'bourse-de-hong-kong');
    expectMention(ents, 'Hong Kong', 'place', 'hong-kong');
  });
  it('reads the Élysée as the palace, a place, with or without its accent', () => {
    expectMention(fr("Le porte-parole de l'Elysée a démenti."), 'Elysée', 'place', 'elysee');
    expectMention(fr("L'Élysée a confirmé la visite."), 'Élysée', 'place', 'elysee');
  });
  it('reads news agencies and newspapers as organizations', () => {
    const ents = en('According to Reuters and the Financial Times, the deal is off.');
    expectMention(ents, 'Reuters', 'organization');
    expectMention(ents, 'Financial Times', 'organization');
  });
});

describe('entities: French bodies and banks named by a common word', () => {
  it('keeps Crédit in a bank\'s name, and a lone Crédit (a photo credit) is no name', () => {
    const ents = fr('Le Crédit Lyonnais et le Crédit du Nord ont prêté 20 millions de francs à la ville.');
    expectMention(ents, 'Crédit Lyonnais', 'company');
    expectMention(ents, 'Crédit du Nord', 'company');
    const caption = fr('Crédit Photo : Hector RETAMAL / AFP');
    assert.ok(!caption.some((e) => e.text.startsWith('Crédit')), JSON.stringify(caption.map((e) => e.text)));
  });

  it('types a Chambre (des députés, des communes, de commerce) as an organization', () => {
    const ents = fr('La Chambre des députés a adopté le texte, que la Chambre des communes examinera.');
    expectMention(ents, 'Chambre des députés', 'organization');
    expectMention(ents, 'Chambre des communes', 'organization');
  });
});

/** The French mentions the merge keeps when the tagger reads `spans` (surface, label, confidence)
 * in `text`: the merge policy alone, whatever the shipped weights would read. "text/type" each. */
function mergedWith(text: string, spans: Array<[string, NameLabel, number]>): string[] {
  const tokens = tokenize(text);
  const ctx = entityContext(text, tokens, 'fr');
  const rules = ruleCandidates(ctx);
  const tagged: NameSpan[] = spans.map(([surface, label, confidence]) => {
    const start = text.indexOf(surface);
    assert.ok(start >= 0, surface);
    // No token indices: the merge finds the span's tokens by its offsets, as for a tagger that read words joined across a line break.
    return { start, end: start + surface.length, label, confidence, ts: -1, te: -1 };
  });
  return selectCandidates(tokens.length, [...rules, ...taggerCandidates(ctx, tagged, rules)])
    .filter((c) => c.type !== 'blocker')
    .map((c) => `${text.slice(tokens[c.ts].start, tokens[c.te - 1].end)}/${c.type}`);
}

describe('entities: the tagger\'s longer name over list and rule hits', () => {
  it('takes a body named with a listed body inside it (la Grande Assemblée nationale)', () => {
    const text = 'La Grande Assemblée nationale se réunit demain.';
    assert.deepEqual(mergedWith(text, [['Grande Assemblée nationale', 'ORG', 0.3]]), ['Grande Assemblée nationale/organization']);
    // Without the tagger's name, the list hit stands alone.
    assert.deepEqual(mergedWith(text, []), ['Assemblée nationale/organization']);
  });
  it('takes the tagger\'s name over a body rule\'s shorter one, across a function word', () => {
    // (pour + article + noun + adjective now belongs to the rule's name: contre does not.)
    const text = "L'Association nationale contre les violences routières a porté plainte.";
    assert.deepEqual(mergedWith(text, []), ['Association nationale/organization']);
    assert.deepEqual(mergedWith(text, [['Association nationale contre les violences routières', 'ORG', 0.3]]), ['Association nationale contre les violences routières/organization']);
  });
  it('lets a lower-case adjective or noun stand next to the list hit, not a function word', () => {
    assert.deepEqual(mergedWith('Les élus de La France insoumise ont voté contre.', [['La France insoumise', 'ORG', 0.25]]), ['La France insoumise/organization']);
    assert.deepEqual(mergedWith("L'organisation État islamique a revendiqué l'attaque.", [['État islamique', 'ORG', 0.4]]), ['État islamique/organization']);
    // à splits two names (a district in a city): the list's city stays.
    assert.deepEqual(mergedWith('Un immeuble de Quartavel à Shanghai a brûlé.', [['Quartavel à Shanghai', 'LOC', 0.4]]), ['Shanghai/place']);
  });
  it('reads an event\'s common noun as no name word, and no place inside an event named after it (championnat de France: namedThings.ts)', () => {
    assert.deepEqual(mergedWith('Le championnat de France de cyclisme commence.', [['championnat de France', 'MISC', 0.6]]), []);
    assert.deepEqual(mergedWith('Le championnat reprend en France.', [['championnat', 'MISC', 0.6]]), ['France/place']);
  });
  it('does not extend a listed name of the same kind over a common noun before it', () => {
    assert.deepEqual(mergedWith("Le fournisseur d'énergie Électricité de France a signé.", [['énergie Électricité de France', 'ORG', 0.4]]), ['Électricité de France/company']);
  });
  it('counts lower-case words of the tagger\'s name as its own (université de Kyoto), and types it a body', () => {
    assert.deepEqual(mergedWith("Des chercheurs de l'université de Kyoto l'ont montré.", [['université de Kyoto', 'ORG', 0.25]]), ['université de Kyoto/organization']);
    assert.deepEqual(mergedWith("Une équipe de l'université Quillon a publié l'étude.", [['université Quillon', 'ORG', 0.25]]), ['université Quillon/organization']);
  });
});

describe('entities: lower-case names of the tagger', () => {
  it('keeps a lower-case-led name with a capital inside at a low confidence, not an all-lower-case one', () => {
    assert.deepEqual(mergedWith("Selon le ministère de l'Intérieur, le calme est revenu.", [["ministère de l'Intérieur", 'ORG', 0.15]]), ["ministère de l'Intérieur/organization"]);
    assert.deepEqual(mergedWith('Les manifestants ont rejoint la place de la République vers midi.', [['place de la République', 'LOC', 0.15]]), ['place de la République/place']);
    assert.deepEqual(mergedWith("L'armée syrienne a repris la ville.", [['armée syrienne', 'ORG', 0.15]]), []);
    assert.deepEqual(mergedWith("L'armée syrienne a repris la ville.", [['armée syrienne', 'ORG', 0.5]]), ['armée syrienne/organization']);
    // A function word opening the span, or an event, keeps the higher floor.
    // (An unlisted group: Al-Qaida is a listed body, which the list reads whatever the tagger says.)
    assert.deepEqual(mergedWith("Le chef d'Al-Mourabitoune est mort.", [["d'Al-Mourabitoune", 'ORG', 0.15]]), []);
  });
});

describe('entities: rules that disagree on a type', () => {
  // Jean is a first name (person); after "radio" a name is a body: the tagger settles it.
  const text = "L'animateur de radio Jean Vasseur est mort hier.";
  it('takes the tagger\'s side', () => {
    assert.deepEqual(mergedWith(text, [['Jean Vasseur', 'PER', 0.3]]), ['Jean Vasseur/person']);
    assert.deepEqual(mergedWith(text, [['Jean Vasseur', 'ORG', 0.3]]), ['Jean Vasseur/organization']);
  });
  it('leaves the list\'s reading alone', () => {
    assert.deepEqual(mergedWith('Le groupe Renault a annoncé un accord.', [['Renault', 'PER', 0.5]]), ['Renault/company']);
  });
});

describe('entities: cue names', () => {
  const rulesOnly = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr', noTagger: true });
  it('reads an acronym after a person\'s title as no part of the name (le député LR Jean Dupont)', () => {
    const ents = rulesOnly('Le député LR Octave Lambrecq a voté le texte.');
    expectMention(ents, 'Octave Lambrecq', 'person');
    // The listed party is its own mention, never part of the person's name.
    expectMention(ents, 'LR', 'organization', 'les-republicains');
    const alone = rulesOnly('Le maire PS de Lille et le sénateur UDI ont signé.');
    assert.ok(!alone.some((e) => e.type === 'person'), JSON.stringify(alone.map((e) => `${e.text}/${e.type}`)));
  });
  it('reads no name in a single letter after a cue (le groupe A)', () => {
    const ents = rulesOnly('Le groupe A réunit la France et la Suisse, la série B commence lundi.');
    assert.ok(!ents.some((e) => e.text.length === 1), JSON.stringify(ents.map((e) => e.text)));
  });
  it('ends a place or a body before a person named after it (la région Haute-Vallée Marie Dupuis)', () => {
    const ents = rulesOnly('Le président de la région Haute-Vallée Marie Dupuis a parlé.');
    expectMention(ents, 'Haute-Vallée', 'place');
    expectMention(ents, 'Marie Dupuis', 'person');
  });
});

describe('entities: a maker\'s name for the thing it makes', () => {
  it('reads the maker before a listed product or a model code as one product (Airbus A350, un Boeing 737-500)', () => {
    const ents = fr('La compagnie exploite des Airbus A350 et un Boeing 737-500 depuis 2019.');
    expectMention(ents, 'Airbus A350', 'product', 'airbus-a350');
    expectMention(ents, 'Boeing 737-500', 'product', 'boeing-737-500');
    noMention(ents, 'Boeing 737-500 depuis');
  });
  it('reads no company in a French "une" before the maker alone (une Peugeot grise is a car)', () => {
    noMention(fr('Le suspect conduisait une Peugeot grise.'), 'Peugeot');
    expectMention(fr('Peugeot a publié ses ventes du trimestre.'), 'Peugeot', 'company');
  });
});

describe('entities: French bodies named by a capitalized head word', () => {
  const rulesOnly = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr', noTagger: true });
  it('keeps lower-case adjectives and de complements in the name', () => {
    expectMention(rulesOnly("Il a été ingénieur à la Compagnie des chemins de fer de l'Ouest jusqu'en 1890."), "Compagnie des chemins de fer de l'Ouest", 'company');
    expectMention(rulesOnly('La décision de la Cour administrative d’appel de Lyon est attendue.'), 'Cour administrative d’appel de Lyon', 'organization');
    expectMention(rulesOnly("Un rapport de l'Agence spatiale brésilienne paraîtra lundi."), 'Agence spatiale brésilienne', 'organization');
    expectMention(rulesOnly('Elle préside la Fédération du bois et de la forêt depuis mars.'), 'Fédération du bois et de la forêt', 'organization');
  });
  it('stops at a verb, an infinitive, a weekday, a generic noun, a person and a second body', () => {
    expectMention(rulesOnly("L'Agence nationale indique que le produit est retiré."), 'Agence nationale', 'organization');
    expectMention(rulesOnly('Les Forces démocratiques libanaises appuyées par la coalition avancent.'), 'Forces démocratiques libanaises', 'organization');
    expectMention(rulesOnly("Le Conseil régional de statuer sur l'aide a été saisi."), 'Conseil régional', 'organization');
    expectMention(rulesOnly('Après la séance du Parlement de Berne de mardi, rien ne change.'), 'Parlement de Berne', 'organization');
    expectMention(rulesOnly('Les juges de la Cour suprême du pays ont tranché.'), 'Cour suprême', 'organization');
    const ents = rulesOnly("Le Ministère de l'Intérieur Jacques Martin a parlé; le président du Sénat et de l'Assemblée nationale aussi.");
    expectMention(ents, "Ministère de l'Intérieur", 'organization');
    noMention(ents, 'Sénat et');
  });
  it('reads nothing from a head word opening a sentence or inside a longer name', () => {
    noMention(rulesOnly('Service minimum garanti dans les transports.'), 'Service minimum');
    noMention(rulesOnly('La base de la US Air Force de Floride a été évacuée.'), 'Force de Floride');
  });
});
