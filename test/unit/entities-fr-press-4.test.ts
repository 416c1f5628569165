// French entities of Swiss and Luxembourg papers, round 4 (1850-1965): words cut at a line end and the
// other classes of the press-fr-4 fixture. The sentences are our own, not those of the fixture.
import { hasFrenchSpans as has, lacksFrenchSpans as lacks } from './entities-support';

describe('French entities: Swiss and Luxembourg press, round 4', () => {
  describe('words cut by a hyphen at a line end (lineBreakWords.ts)', () => {
    it('reads an unlisted name cut at a line end as one name over the cut', () => {
      has('Les pompiers sont arrivés hier soir à Esta-\nvayer avec deux pompes.', 'Esta-\nvayer/place');
      lacks('Les pompiers sont arrivés hier soir à Esta-\nvayer avec deux pompes.', 'Esta/place');
    });

    it('keeps a name whole when a line break cuts a word before it', () => {
      has('Les dé-\nputés du canton de Fri-\nbourg ont voté hier avec M. Al-\nbert Python.', 'Fri-\nbourg/place', 'Al-\nbert Python/person');
    });
  });
});
