/**
 * A complaint sent to the controller's own data protection officer, not to a supervisory authority
 * ("rätt att klaga till Dataskyddsombudet"): the right of Art. 77 is a right to go to an authority. A
 * sentence that offers the officer and names the authority too is right.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const HEAD = {
  fi: '# Tietosuojaseloste\n\nPäivitetty 1.2.2026\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example\n\n## Oikeutesi\n\n',
  sv: '# Dataskyddsbeskrivning\n\nUppdaterad 1.2.2026\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.example\n\n## Dina rättigheter\n\n',
  en: '# Privacy notice\n\nUpdated 1 February 2026\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, privacy@example.example\n\n## Your rights\n\n',
};

const TO_OFFICER = {
  fi: 'Sinulla on oikeus tehdä valitus tietosuojavastaavalle, jos katsot, että tietojasi käsitellään lainvastaisesti.',
  sv: 'Du har rätt att klaga till Dataskyddsombudet om du anser att behandlingen bryter mot lagen.',
  en: 'You have the right to lodge a complaint with our data protection officer if you think the processing is unlawful.',
};

const BOTH = {
  fi: 'Voit ottaa yhteyttä tietosuojavastaavaan, ja sinulla on oikeus tehdä valitus tietosuojavaltuutetulle.',
  sv: 'Du kan kontakta vårt dataskyddsombud, och du har rätt att klaga till Dataombudsmannens byrå.',
  en: 'You may contact our data protection officer, and you have the right to complain to the Data Protection Ombudsman.',
};

const officerFindings = async (lang: keyof typeof HEAD, sentence: string) =>
  (await auditText(`${HEAD[lang]}${sentence}\n`)).filter((d) => d.ruleId === 'complaint-authority');

describe('a complaint sent to the data protection officer', () => {
  it.each(['fi', 'sv', 'en'] as const)('is reported where it is said, once (%s)', async (lang) => {
    const found = await officerFindings(lang, TO_OFFICER[lang]);
    expect(found.map((d) => d.line)).toEqual([11]);
    expect(found[0]?.message).toMatch(/data protection officer|tietosuojavastaava|dataskyddsombud/iu);
  });

  it.each(['fi', 'sv', 'en'] as const)('not where the sentence names the authority too (%s)', async (lang) => {
    expect(await officerFindings(lang, BOTH[lang])).toEqual([]);
  });
});

/** The officer offered as a first place for questions and complaints, the right to complain given to the authority after it. */
const FIRST_TO_OFFICER = {
  fi: 'Kysymykset ja valitukset voi osoittaa tietosuojavastaavalle. Sinulla on lisäksi oikeus tehdä valitus valvontaviranomaiselle, joka Suomessa on tietosuojavaltuutettu.',
  sv: 'Om du är missnöjd kan du i första hand klaga hos vårt dataskyddsombud. Du har också rätt att lämna in klagomål till Dataombudsmannens byrå.',
  en: 'If you are unhappy, please first complain to our DPO so that we can try to resolve the matter. You also have the right to lodge a complaint with the Data Protection Ombudsman.',
};

describe('the officer as a first place for complaints', () => {
  it.each(['fi', 'sv', 'en'] as const)('is no complaint sent to the officer instead of the authority (%s)', async (lang) => {
    expect(await officerFindings(lang, FIRST_TO_OFFICER[lang])).toEqual([]);
  });
});
