/**
 * A hedge that leads into a closed list of the data ("Rekisteriin voidaan tallettaa seuraavia tietoja: nimi,
 * …") leaves nothing open, and "where necessary" on telling the authority of data that fell into the wrong
 * hands is the breach rule's own condition: neither is vague wording. The same hedge before an open
 * statement still is.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICE = {
  fi: ['Rekisteriin voidaan tallettaa seuraavia tietoja: nimi, postiosoite, sähköpostiosoite ja puhelinnumero.', 'Henkilötietojen joutumisesta vääriin käsiin ilmoitamme asianosaisille ja tarvittaessa myös tietosuojaviranomaisille.'],
  sv: ['Vi kan samla in följande uppgifter: namn, postadress, e-postadress och telefonnummer.', 'Om personuppgifter hamnar i orätta händer meddelar vi de berörda och vid behov även tillsynsmyndigheten.'],
  en: ['The following data may be stored: name, postal address, e-mail address and phone number.', 'If personal data fall into the wrong hands, we tell those concerned and, where necessary, the supervisory authority.'],
};

const page = (lang: string, lines: string[]) => `# ${lang === 'fi' ? 'Tietosuojaseloste' : lang === 'sv' ? 'Integritetspolicy' : 'Privacy notice'}\n\n${lines.join('\n\n')}\n`;
const vague = async (text: string) => (await auditText(text)).filter((d) => d.ruleId === 'vague-language');

describe('a hedge before a closed list, or on a breach', () => {
  it.each(Object.entries(NOTICE))('is no vague wording (%s)', async (lang, lines) => {
    expect(await vague(page(lang, lines))).toEqual([]);
  });

  it('is vague where no list closes what is stored', async () => {
    expect((await vague(page('fi', ['Rekisteriin voidaan tallettaa tietoja.']))).map((d) => d.message)).toEqual([expect.stringContaining('voidaan tallettaa')]);
  });

  it.each([
    ['fi', 'Rekisteriin voidaan tallettaa seuraavia tietoja: nimi, sähköpostiosoite ja muita yhteydenpitoon tarvittavia tietoja.'],
    ['en', 'The following data may be stored: name, address and, for example, your phone number.'],
    ['sv', 'Vi kan samla in följande uppgifter: namn, adress m.m.'],
  ])('is vague where the list is left open (%s)', async (lang, line) => {
    expect(await vague(page(lang, [line]))).not.toEqual([]);
  });

  it('is vague in a sentence that tells of data in the wrong hands but hedges a disclosure', async () => {
    expect(await vague(page('en', ['Data may be shared with our partners, and we protect them so that they do not fall into the wrong hands.']))).not.toEqual([]);
  });
});
