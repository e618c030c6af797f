/**
 * A notice silent on transfers is asked for them only where something it says suggests data may leave
 * the EEA: a provider, a service that processes the data, a word on transfers or on the EEA. A register
 * the controller keeps itself, with none of these, is not (Art. 13(1)(f), "where applicable").
 */
import { describe, expect, it } from 'vitest';
import { suggestsTransfer } from '../src/audit/transfer-hints.js';
import type { Passage } from '../src/audit/passages.js';
import { auditText } from './audit-text.js';

const KEPT_AT_HOME = {
  fi: ['Tietoja ei luovuteta kolmansille osapuolille. Rekisteriä säilytetään sihteerin salasanalla suojatulla tietokoneella.', 'Rekisteriä säilytetään pilvipalvelussa.'],
  sv: ['Uppgifterna lämnas inte ut till tredje part. Registret förvaras på sekreterarens lösenordsskyddade dator.', 'Registret förvaras hos en molntjänst.'],
  en: ['The data are not disclosed to third parties. The register is kept on the secretary\'s password-protected computer.', 'The register is kept with a hosting provider.'],
};

const notice = (lang: keyof typeof KEPT_AT_HOME, storage: string): string =>
  ({
    fi: `# Tietosuojaseloste\n\nPäivitetty 1.3.2025.\n\n## Rekisterinpitäjä\n\nKuoro ry, Kylätie 1, 00100 Helsinki, sihteeri@kuoro.fi.\n\n## Tietojen luovutus\n\n${storage}\n\n## Rekisteröidyn oikeudet\n\nJäsenellä on oikeus siirtää tiedot järjestelmästä toiseen.\n`,
    sv: `# Dataskyddsbeskrivning\n\nUppdaterad 1.3.2025.\n\n## Personuppgiftsansvarig\n\nKören rf, Byvägen 1, 00100 Helsingfors, sekreterare@koren.fi.\n\n## Utlämnande av uppgifter\n\n${storage}\n\n## Dina rättigheter\n\nMedlemmen har rätt att överföra uppgifterna från ett system till ett annat.\n`,
    en: `# Privacy notice\n\nUpdated 1 March 2025.\n\n## Controller\n\nThe Choir, Village Road 1, 00100 Helsinki, secretary@choir.fi.\n\n## Disclosures\n\n${storage}\n\n## Your rights\n\nA member has the right to transfer the data from one system to another.\n`,
  })[lang];

const missingTransfers = async (text: string): Promise<number[]> =>
  (await auditText(text)).filter((d) => d.ruleId === 'transfer-consistency' && d.message.startsWith('Missing `transfers`')).map((d) => d.line);

describe('transfers asked of a notice silent on them', () => {
  it.each(Object.entries(KEPT_AT_HOME))('are not asked where the controller keeps the register itself and nothing is disclosed (%s)', async (lang, [home]) => {
    expect(await missingTransfers(notice(lang as keyof typeof KEPT_AT_HOME, home!))).toEqual([]);
  });

  it.each(Object.entries(KEPT_AT_HOME))('are asked where a service keeps it (%s)', async (lang, [, service]) => {
    expect(await missingTransfers(notice(lang as keyof typeof KEPT_AT_HOME, service!))).toHaveLength(1);
  });
});

const passage = (text: string, kind: Passage['kind'] = 'recipients'): Passage => ({ text, line: 3, kind, kinds: [kind], sectionLine: 2 });

describe('what suggests a transfer', () => {
  it.each([
    'Lähetämme uutiskirjeen Mailchimpillä.',
    'Kävijämääriä seurataan sivuston tilastoinnissa.',
    'Tiedot eivät poistu ETA-alueelta.',
    'Vi anlitar personuppgiftsbiträden för drift av systemet.',
    'Data may be transferred abroad.',
  ])('takes "%s" for a hint', (text) => {
    expect(suggestsTransfer([passage(text)])).toBe(true);
  });

  it.each([
    'Rekisteri tallennetaan pilveen.', 'Käytämme käsittelijöitä.', 'Uutiskirjeet lähetetään uutiskirjepalvelun kautta.',
    'Nyhetsbrevet skickas med en e-posttjänst.', 'Registret förs i ett molnbaserat system.',
    'The site runs on a web host.', 'We send the newsletter with a mailing list service.', 'The data are stored in the USA.',
    'Lomakevälitys voi kulkea Formsubmit-palvelun kautta sähköpostiimme.', 'Formuläret skickas via Formspree-tjänsten.', 'The form is sent through the Formspree service.',
    'The recordings are not stored in Finland.', 'Inspelningarna lagras inte i Sverige.', 'Tallenteita ei säilytetä Suomessa.',
  ])('takes "%s" for a hint too', (text) => {
    expect(suggestsTransfer([passage(text)])).toBe(true);
  });

  it.each([
    'We keep usage logs to improve usability.', 'Jäsenmaksu maksetaan tilisiirrolla.', 'Payment is made by bank transfer.',
    'Lomakkeesta siirryt maksusivulle.', 'Registret sköts av biträdande rektor.', 'Vi förbättrar vår Beta-tjänst genom analys av användardata.',
    'The register is kept on the secretary\'s computer in Finland and is not disclosed to anyone.',
  ])('does not take "%s" for one', (text) => {
    expect(suggestsTransfer([passage(text)])).toBe(false);
  });

  it('does not take moving data from one system to another, in the rights, for one', () => {
    expect(suggestsTransfer([passage('Sinulla on oikeus siirtää tiedot järjestelmästä toiseen.', 'rights')])).toBe(false);
  });

  it('does not take the controller\'s own server sending a cookie for one', () => {
    expect(suggestsTransfer([passage('En cookie är en liten textfil som skickas från vår server till din webbläsare.', 'cookies')])).toBe(false);
  });
});
