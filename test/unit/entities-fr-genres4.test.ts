// French entities across genres, round 6: classes found on regional-fr-4.md (regional daily of Lorraine
// and Alsace, European Parliament, encyclopedic pages, drug leaflets), each pinned on sentences of its own.
import { hasFrenchSpans, lacksFrenchSpans } from './entities-support';

describe('French entities across genres (round 6): bodies of communes', () => {
  it('reads a lower-case community or syndicate of communes with what it serves and its place as one body', () => {
    hasFrenchSpans(
      "Le président de la communauté de communes du pays de Phalsbourg a signé. Le syndicat intercommunal des eaux de la Sarre sera dissous. La communauté d'agglomération de Metz Métropole recrute. Le syndicat mixte du parc de la Moselle vote.",
      'communauté de communes du pays de Phalsbourg/organization',
      'syndicat intercommunal des eaux de la Sarre/organization',
      "communauté d'agglomération de Metz Métropole/organization",
      'syndicat mixte du parc de la Moselle/organization',
    );
  });

  it('names no body for such a head without a place', () => {
    lacksFrenchSpans('La communauté de communes a voté en mars, et le syndicat intercommunal des eaux aussi.', 'communauté de communes/organization', 'syndicat intercommunal des eaux/organization');
  });
});

describe('French entities across genres (round 6): works and mills named after their trade', () => {
  it('reads the name after a lower-case brewery, sawmill or crystal works as the business alone', () => {
    hasFrenchSpans(
      'La brasserie Fischer embauche. Un incendie a détruit la scierie Hanser à Munster. La cristallerie Daum expose à Nancy. La papeterie Clairefontaine investit.',
      'Fischer/company',
      'Hanser/company',
      'Daum/company',
      'Clairefontaine/company',
    );
  });
});
