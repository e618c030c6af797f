/**
 * A sentence that states the bases of the processing with an aside between its verb and the bases
 * ("Behandlingen grundas, beroende på situationen, på samtycke, …"): the bases are the register's, and the
 * sentence is no purpose of its own.
 */
import { describe, expect, it } from 'vitest';
import { register, type Lang } from './import-draft.js';

const NOTICES: [Lang, string][] = [
  ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm, info@exempel.se\n\n## Ändamål och rättslig grund\n\nVi behandlar personuppgifter för att besvara förfrågningar och skicka nyhetsbrev.\n\nBehandlingen grundas, beroende på situationen, på samtycke, åtgärder inför eller fullgörande av avtal, rättslig förpliktelse eller en intresseavvägning.\n'],
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Käsittelyn tarkoitus ja peruste\n\nKäsittelemme tietoja yhteydenottoihin vastaamiseksi ja uutiskirjeen lähettämiseksi.\n\nKäsittely perustuu, tilanteesta riippuen, suostumukseen, sopimukseen, lakisääteiseen velvoitteeseen tai oikeutettuun etuun.\n'],
  ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Purposes and legal basis\n\nWe process personal data to answer enquiries and to send newsletters.\n\nThe processing is based, depending on the situation, on consent, contract, legal obligation or legitimate interests.\n'],
];

describe('the bases stated with an aside', () => {
  it.each(NOTICES)('are the register’s, and no purpose (%s)', (lang, text) => {
    const draft = register(text, lang);
    expect(draft['legal_bases']).toEqual(expect.arrayContaining(['consent', 'contract', 'legal_obligation', 'legitimate_interests']));
    expect(draft['purposes']).toHaveLength(1);
  });
});
