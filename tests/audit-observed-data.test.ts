/**
 * Data only recorded of a visitor (an IP address, a browser, pages visited, a camera's recording) are
 * not given by anyone: whether one must give them does not arise (Art. 13(2)(e)). Data a person gives
 * beside them (a name, an e-mail) still ask it.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

type Lang = 'fi' | 'sv' | 'en';

const HEAD: Record<Lang, string> = {
  fi: '# Tietosuojaseloste\n\nPäivitetty 1.3.2026\n\n## Rekisterinpitäjä\n\nLaskuri Esimerkki Oy, Katu 1, 00100 Helsinki, info@laskuri.example\n\n## Käsiteltävät tiedot\n\nSivuston käytöstä tallentuu automaattisesti:\n\n',
  sv: '# Integritetspolicy\n\nUppdaterad 1.3.2026\n\n## Personuppgiftsansvarig\n\nRäknare Exempel AB, Gatan 1, 21100 Malmö, info@raknare.example\n\n## Vilka uppgifter samlas in\n\nFöljande uppgifter samlas in automatiskt:\n\n',
  en: '# Privacy policy\n\nUpdated 1 March 2026\n\n## Controller\n\nCalculator Example Ltd, Street 1, 00100 Helsinki, info@calculator.example\n\n## Data we collect\n\nThe following data are collected automatically:\n\n',
};
const OBSERVED: Record<Lang, string> = {
  fi: '- IP-osoite (anonymisoitu)\n- Selaimen tyyppi ja laite\n- Vierailtujen sivujen osoitteet\n',
  sv: '- IP-adress (anonymiserad)\n- Webbläsartyp och enhet\n- Besökta sidor\n',
  en: '- IP address (anonymised)\n- Browser type and device\n- Pages visited\n',
};
const GIVEN: Record<Lang, string> = {
  fi: '- Yhteydenottolomakkeen nimi ja sähköpostiosoite\n',
  sv: '- Namn och e-postadress i kontaktformuläret\n',
  en: '- Name and e-mail address in the contact form\n',
};
const REST: Record<Lang, string> = {
  fi: '\n## Käyttötarkoitus\n\nSivuston kehittäminen. Oikeusperuste on oikeutettu etu: sivuston toimivuuden seuraaminen.\n',
  sv: '\n## Ändamål\n\nUtveckling av webbplatsen. Rättslig grund är berättigat intresse: att följa upp hur webbplatsen fungerar.\n',
  en: '\n## Purpose\n\nDeveloping the site. The legal basis is legitimate interest: following how the site works.\n',
};

const provision = async (text: string): Promise<number> => (await auditText(text)).filter((d) => d.ruleId === 'provision-requirement').length;

describe('data only recorded of a visitor', () => {
  it.each(['fi', 'sv', 'en'] as const)('ask nothing of whether they must be given (%s)', async (lang) => {
    expect(await provision(HEAD[lang] + OBSERVED[lang] + REST[lang])).toBe(0);
  });

  it.each(['fi', 'sv', 'en'] as const)('beside data a person gives, still ask it (%s)', async (lang) => {
    expect(await provision(HEAD[lang] + OBSERVED[lang] + GIVEN[lang] + REST[lang])).toBe(1);
  });
});

describe('data an order needs, said so', () => {
  const NEEDED: Record<Lang, string> = {
    fi: 'Tilauksen yhteydessä keräämme tilauksen toimittamiseksi tarvittavat tiedot:\n\n- Nimi ja sähköpostiosoite\n- Toimitusosoite\n',
    sv: 'När du genomför ett köp samlar vi in de uppgifter som krävs för att fullfölja din beställning:\n\n- Namn och e-postadress\n- Leveransadress\n',
    en: 'When you place an order we collect the information required to complete your order:\n\n- Name and e-mail address\n- Delivery address\n',
  };
  it.each(['fi', 'sv', 'en'] as const)('ask nothing more of whether they must be given (%s)', async (lang) => {
    expect(await provision(HEAD[lang].replace(/[^\n]*:\n\n$/u, '') + NEEDED[lang] + REST[lang])).toBe(0);
  });
});

describe('data said to be stored, of which a person gives some', () => {
  const STORED: Record<Lang, string> = {
    fi: 'Rekisteriin tallennetaan vain kuntoutuksen suunnitteluun liittyvät tiedot sekä asiakkaan henkilötiedot, yhteystiedot ja lähiomaisen tiedot.\n',
    sv: 'I registret lagras endast uppgifter om planeringen samt kundens kontaktuppgifter och anhörigas uppgifter.\n',
    en: 'The register stores only data on the planning and the client\'s contact details and next of kin.\n',
  };
  it.each(['fi', 'sv', 'en'] as const)('still ask whether they must be given: "stored" is no recording (%s)', async (lang) => {
    expect(await provision(HEAD[lang].replace(/[^\n]*:\n\n$/u, '') + STORED[lang] + REST[lang])).toBe(1);
  });
});
