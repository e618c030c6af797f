/**
 * Whether the data must be given, said of the data ("Tunniste- ja yhteystietojen antaminen on pakollista
 * ostaessasi") or of what follows if they are not ("Om du väljer att inte lämna vissa personuppgifter kan
 * … inte genomföra beställningen"): the notice says it, and no provision finding is made.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICE = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Mitä tietoja keräämme\n\nNimi, osoite, sähköpostiosoite ja puhelinnumero.\n\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Personuppgifter vi samlar in\n\nNamn, adress, e-postadress och telefonnummer.\n\n',
};

const provision = async (text: string): Promise<number> =>
  (await auditText(text)).filter((d) => d.ruleId === 'provision-requirement').length;

describe('data said to be required', () => {
  it.each([
    ['fi', 'Tunniste-, yhteys- ja maksutietojen antaminen on pakollista ostaessasi verkkokaupasta.'],
    ['fi', 'Yhteystietojen antaminen on tilaamiseen pakollista.'],
    ['sv', 'Om du väljer att inte lämna vissa personuppgifter kan detta resultera i att vi inte kan genomföra beställningen.'],
    ['fi', 'Tilin perustiedot (pakolliset rekisteröitymisessä): nimi ja sähköpostiosoite. Profiilikuva on vapaaehtoinen.'],
    ['sv', 'Vid bokningen anger du namn (obligatoriskt), telefonnummer och e-postadress.'],
    ['fi', 'Asiakkaaksi tulon edellytyksenä on, että asiakkaasta voidaan tallentaa tietoja asiakasrekisteriin.'],
  ] as const)('is said (%s): %s', async (lang, sentence) => {
    expect(await provision(`${NOTICE[lang]}${sentence}\n`)).toBe(0);
  });

  it('is asked for where a condition of becoming a member is not about the data', async () => {
    expect(await provision(`${NOTICE.fi}Jäseneksi tulon edellytyksenä on, että henkilö on täyttänyt 15 vuotta ja hyväksyy yhdistyksen säännöt.\n`)).toBe(1);
  });

  it.each(['fi', 'sv'] as const)('is asked for where nothing says it (%s)', async (lang) => {
    expect(await provision(NOTICE[lang])).toBe(1);
  });
});
