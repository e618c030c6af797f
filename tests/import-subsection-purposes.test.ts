/**
 * A section on purposes with a subheading per purpose, each over what is done and the one basis it rests
 * on: one purpose a subsection, headed by its subheading, with that basis; a subheading whose words name
 * another part ("Yhteydenotot", "Contact requests") is a purpose when its text states a basis.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';
import { statedBases } from '../src/import/recognise/bases.js';

type Draft = Record<string, unknown>;

const NOTICES: Record<Lang, string> = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nMaalaus Esimerkki Oy, Katu 1, 00100 Helsinki, info@maalaus.example\n\n## Miksi tietoja käsitellään ja millä perusteella?\n\n### Yhteydenotot\n\nTietoja käytetään yhteydenottoihin vastaamiseen ja tarjousten laatimiseen. Käsittely perustuu sopimukseen.\n\n### Tuotteiden kehittäminen\n\nKäytämme tietoja palveluidemme kehittämiseen. Palautteita käytetään myös.\n\nKäsittely perustuu oikeutettuun etuumme kehittää palveluita asiakkaiden hyväksi.\n\n## Säilytys\n\nTiedot poistetaan vuoden kuluttua.\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nMåleri Exempel Ab, Gatan 1, 00100 Helsingfors, info@maleri.example\n\n## Varför behandlar vi uppgifterna?\n\n### Kontaktförfrågningar\n\nUppgifterna används för att besvara förfrågningar och ge offerter. Behandlingen grundar sig på avtal.\n\n### Utveckling av tjänster\n\nVi använder uppgifterna för att utveckla våra tjänster. Respons används också.\n\nBehandlingen grundar sig på vårt berättigade intresse att utveckla tjänsterna för kunderna.\n\n## Lagring\n\nUppgifterna raderas efter ett år.\n',
  en: '# Privacy policy\n\n## Controller\n\nPainting Example Ltd, Street 1, 00100 Helsinki, info@painting.example\n\n## Purposes of use and the legal basis for processing\n\n### Contact requests\n\nThe data are used to answer requests and to make offers. The processing is based on an agreement between us and the customer.\n\n### Development of products and services\n\nWe use the data to develop our services. Feedback is used too.\n\nThe processing is based on our legitimate interests in developing the services for our customers.\n\n## Retention\n\nThe data are deleted after a year.\n',
};
const HEADINGS: Record<Lang, [string, string]> = {
  fi: ['Yhteydenotot', 'Tuotteiden kehittäminen'],
  sv: ['Kontaktförfrågningar', 'Utveckling av tjänster'],
  en: ['Contact requests', 'Development of products and services'],
};

describe('a subheading per purpose, each over the one basis it rests on', () => {
  it.each(['fi', 'sv', 'en'] as const)('gives one purpose a subsection, with its heading and basis (%s)', (lang) => {
    const purposes = importNotice(NOTICES[lang], { lang }).register['purposes'] as Draft[];
    const [first, second] = HEADINGS[lang];
    expect(purposes.map((p) => [String((p['description'] as Record<string, string>)[lang]).split(':')[0], p['legal_basis']])).toEqual([
      [first, 'contract'],
      [second, 'legitimate_interests'],
    ]);
  });
});

describe('bases named in a purpose clause or as an agreement', () => {
  it('an agreement the processing is based on is a contract', () => {
    expect(statedBases('Processing of personal data for maintaining a customer relationship is based on an agreement between the shop and the customer.').bases).toEqual(['contract']);
  });

  it('fulfilling obligations that rest on the law is a legal obligation; an obligation a disclosure rests on names no basis', () => {
    expect(statedBases('Tietoja käsitellään kirjanpitoon ja muuhun lainsäädäntöön perustuvien velvoitteiden täyttämiseksi.').bases).toEqual(['legal_obligation']);
    expect(statedBases('Tietoja voidaan luovuttaa viranomaisille lakiin perustuvasta velvoitteesta.').bases).toEqual([]);
  });
});
