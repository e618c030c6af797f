/**
 * A hedge on collecting data that leads into the list of what is collected ("Rekisteriin voidaan
 * tallentaa seuraavia tietoja:", "kan vi samla in följande uppgifter:", "We may collect the following:")
 * is settled by the list when every item is named; not when an item leaves the list open ("muut tiedot",
 * "andra identifikatorer", "such as"), nor when the data are collected automatically.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

type Lang = 'fi' | 'sv' | 'en';

const HEAD: Record<Lang, string> = {
  fi: '# Tietosuojaseloste\n\nPäivitetty 1.2.2026\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example\n\n## Rekisterin tietosisältö\n\n',
  sv: '# Integritetspolicy\n\nUppdaterad 1.2.2026\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.example\n\n## Vilka uppgifter vi samlar in\n\n',
  en: '# Privacy notice\n\nUpdated 1 February 2026\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, privacy@example.example\n\n## Data we collect\n\n',
};
const LEAD: Record<Lang, string> = {
  fi: 'Rekisteriin voidaan tallentaa seuraavia tietoja:',
  sv: 'När du kontaktar oss via kontaktformuläret kan vi samla in följande uppgifter:',
  en: 'We may collect the following data:',
};
const AUTOMATIC: Record<'sv' | 'en', string> = {
  sv: 'Appen kan komma att automatiskt samla in följande uppgifter:',
  en: 'We may also automatically collect the following data:',
};
const CLOSED: Record<Lang, string> = {
  fi: '- nimi\n- puhelinnumero\n- sähköpostiosoite\n',
  sv: '- namn\n- telefonnummer\n- e-postadress\n',
  en: '- name\n- phone number\n- e-mail address\n',
};
const OPEN: Record<Lang, string> = {
  fi: '- nimi\n- puhelinnumero\n- muut tiedot, jotka lähetät meille\n',
  sv: '- namn\n- e-postadress eller andra identifikatorer\n',
  en: '- name\n- contact details such as your phone number\n',
};

const hedgedAt = async (text: string): Promise<number> =>
  (await auditText(text)).filter((d) => d.ruleId === 'vague-language' && d.line === 11).length;

/** What the register may hold, leading into the list of it, is read as collecting is. */
const HOLDS_LEAD: Record<Lang, string> = {
  fi: 'Rekisteri saattaa sisältää seuraavia tietoja asiakkaasta:',
  sv: 'Registret kan komma att innehålla följande uppgifter:',
  en: 'The register may include the following data:',
};
const LEADS = (['fi', 'sv', 'en'] as const).flatMap((lang) => [[lang, LEAD[lang]], [lang, HOLDS_LEAD[lang]]] as const);

describe('a hedge on collecting data that leads into their list', () => {
  it.each(LEADS)('is settled by a list that names every item (%s: %s)', async (lang, lead) => {
    expect(await hedgedAt(`${HEAD[lang]}${lead}\n\n${CLOSED[lang]}`)).toBe(0);
  });

  it.each(LEADS)('stands where an item leaves the list open (%s: %s)', async (lang, lead) => {
    expect(await hedgedAt(`${HEAD[lang]}${lead}\n\n${OPEN[lang]}`)).toBe(1);
  });

  it.each(['sv', 'en'] as const)('stands where the data are collected automatically (%s)', async (lang) => {
    expect(await hedgedAt(`${HEAD[lang]}${AUTOMATIC[lang]}\n\n${CLOSED[lang]}`)).toBe(1);
  });

  it.each(['fi', 'sv', 'en'] as const)('stands with no list after it (%s)', async (lang) => {
    expect(await hedgedAt(`${HEAD[lang]}${LEAD[lang].replace(/:$/u, '.')}\n`)).toBe(1);
  });
});

const EXAMPLES_LEAD: Record<Lang, string> = {
  fi: 'Rekisteriin voidaan tallentaa mm. seuraavia tietoja:',
  sv: 'Vi kan samla in bland annat följande uppgifter:',
  en: 'We may collect information such as:',
};
const PURPOSES_LEAD: Record<Lang, string> = {
  fi: 'Tietoja voidaan tallentaa seuraaviin tarkoituksiin:',
  sv: 'Vi kan komma att behandla uppgifterna för följande ändamål:',
  en: 'We may process your personal data for the following purposes:',
};
const AFTER: Record<Lang, string> = {
  fi: 'Lisäksi voidaan tallentaa muita tietoja.',
  sv: 'Dessutom kan vi samla in uppgifter från andra källor.',
  en: 'We may also collect data from other sources.',
};

describe('a hedge on collecting data that leads into a list, still a hedge', () => {
  it.each(['fi', 'sv', 'en'] as const)('where its lead-in says the list gives examples (%s)', async (lang) => {
    expect(await hedgedAt(`${HEAD[lang]}${EXAMPLES_LEAD[lang]}\n\n${CLOSED[lang]}`)).toBe(1);
  });

  it.each(['fi', 'sv', 'en'] as const)('where the list is of purposes, not data (%s)', async (lang) => {
    expect(await hedgedAt(`${HEAD[lang]}${PURPOSES_LEAD[lang]}\n\n${CLOSED[lang]}`)).toBe(1);
  });

  it.each(['fi', 'sv', 'en'] as const)('for the hedge said again after the list (%s)', async (lang) => {
    const found = (await auditText(`${HEAD[lang]}${LEAD[lang]} ${AFTER[lang]}\n\n${CLOSED[lang]}`)).filter((d) => d.ruleId === 'vague-language');
    expect(found).toHaveLength(1);
  });
});

describe('a list of kinds of data, each with its examples', () => {
  const KINDS: Record<Lang, string> = {
    fi: '- Yhteystiedot: nimi ja sähköpostiosoite\n- Viestintätiedot: esimerkiksi asiakaspalveluun lähettämäsi viestit\n',
    sv: '- Kontaktuppgifter: namn och e-postadress\n- Kommunikation: t.ex. meddelanden till kundtjänsten\n',
    en: '- Contact details: name and e-mail address\n- Communications: for example messages to customer service\n',
  };
  const OTHER: Record<Lang, string> = {
    fi: '- Yhteystiedot: nimi ja sähköpostiosoite\n- Muut tiedot: esimerkiksi viestit\n',
    sv: '- Kontaktuppgifter: namn och e-postadress\n- Andra uppgifter: till exempel meddelanden\n',
    en: '- Contact details: name and e-mail address\n- Other data: for example messages\n',
  };

  it.each(['fi', 'sv', 'en'] as const)('settles the hedge: examples of one kind leave no kind open (%s)', async (lang) => {
    expect(await hedgedAt(`${HEAD[lang]}${LEAD[lang]}\n\n${KINDS[lang]}`)).toBe(0);
  });

  it.each(['fi', 'sv', 'en'] as const)('does not where a kind is "other data" (%s)', async (lang) => {
    expect(await hedgedAt(`${HEAD[lang]}${LEAD[lang]}\n\n${OTHER[lang]}`)).toBe(1);
  });

  const OTHERS_OF_KIND: Record<Lang, string> = {
    fi: '- Tilitiedot: sähköpostiosoite, nimi tai muut tunnisteet\n- Kuvat: lataamasi kuvat\n',
    sv: '- Kontoinformation: e-postadress, namn eller andra identifikatorer\n- Bilder: foton du laddar upp\n',
    en: '- Account data: e-mail address, name or other identifiers\n- Pictures: photos you upload\n',
  };

  it.each(['fi', 'sv', 'en'] as const)('does not where a kind ends in "others" (%s)', async (lang) => {
    expect(await hedgedAt(`${HEAD[lang]}${LEAD[lang]}\n\n${OTHERS_OF_KIND[lang]}`)).toBe(1);
  });
});
