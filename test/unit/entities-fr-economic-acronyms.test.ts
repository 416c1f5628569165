// Acronyms of economic and legal things are no names (economic-acronyms.json): the minimum wage,
// tax credits, taxes, contracts, business sizes, trains, glued stock indexes. Unions are bodies.
import { extractEntities } from '../../src/core/entities';
import type { EntityMention } from '../../src/core/types';
import { expectMention, noMention } from './entities-support';

const fr = (text: string): EntityMention[] => extractEntities(text, { lang: 'fr' });
const en = (text: string): EntityMention[] => extractEntities(text, { lang: 'en' });

describe('French economic acronyms and unions', () => {
  it('reads the SMIC and the CICE as no names, not as companies', () => {
    const list = fr("Le SMIC augmentera de 2 % au 1er juillet. Les emplois aidés, le CICE et le pacte de responsabilité ont soutenu l'emploi, selon l'Unédic.");
    noMention(list, 'SMIC');
    noMention(list, 'CICE');
    expectMention(list, 'Unédic', 'organization');
  });

  it('reads taxes, benefits, contracts, housing and business sizes as no names', () => {
    const list = fr('Le PIB a progressé de 0,3 %. La TVA reste à 20 %, la CSG monte. Le RSA et les HLM, les CDD et les CDI, les PME et le TGV : le gouvernement de Manuel Valls réforme tout.');
    for (const word of ['PIB', 'TVA', 'CSG', 'RSA', 'HLM', 'CDD', 'CDI', 'PME', 'TGV']) noMention(list, word);
    expectMention(list, 'Manuel Valls', 'person');
  });

  it('keeps a listed name that holds such an acronym', () => {
    const list = fr('La Confédération des petites et moyennes entreprises (CPME) critique la réforme.');
    expectMention(list, 'CPME', 'organization');
  });

  it('reads unions as organizations, in the middle of a sentence and opening one', () => {
    const list = fr("Force ouvrière espérait 5 %, ainsi que la CGT et Solidaires qui demandaient davantage. Solidaires appelle à la grève avec l'Unsa et Sud-Rail.");
    for (const m of list.filter((e) => e.text === 'Solidaires')) expectMention([m], 'Solidaires', 'organization', 'solidaires');
    expectMention(list, 'Unsa', 'organization', 'unsa');
    expectMention(list, 'Sud-Rail', 'organization', 'sud-rail');
    expectMention(list, 'CGT', 'organization', 'cgt');
  });

  it('reads a stock index glued to its number as no company, in either language', () => {
    noMention(en('The BEL20 is the benchmark stock market index of Euronext Brussels. The BEL20 rose 1%.'), 'BEL20');
    noMention(fr('Le CAC40 a reculé de 1 % et le BEL20 de 0,5 %.'), 'CAC40');
  });

  it('leaves SMIC to the chipmaker in English text', () => {
    expectMention(en('Chipmaker SMIC raised its capital spending plan.'), 'SMIC', 'company', 'smic');
  });
});
