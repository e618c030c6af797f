/**
 * A recipients section that first says when data go to "third parties" and then names them one by one,
 * under a subheading, each as a label with the kind of service in brackets and a dash; and an authority
 * named at a request "from" it, after an abbreviation ("t.ex.", "esim.", "e.g.").
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Recipient = { name?: string; category?: Record<string, string>; role?: string };

const HEAD: Record<Lang, string> = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Kenelle tietoja luovutetaan\n\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.example\n\n## Vilka delar vi uppgifterna med\n\n',
  en: '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Who we share data with\n\n',
};
const PREFACE: Record<Lang, string> = {
  fi: 'Luovutamme tietoja kolmansille osapuolille vain silloin, kun se on tarpeen palvelun toteuttamiseksi.',
  sv: 'Vi delar bara uppgifter med tredje part när det är nödvändigt för att utföra tjänsten.',
  en: 'We share data with third parties only when necessary to provide the service.',
};
const NAMED: Record<Lang, string> = {
  fi: '### Käyttämämme käsittelijät\n\n- Lomakepalvelu (lomakepalvelu) - vastaanottaa yhteydenottolomakkeen.\n- Pilvihotelli (webhotelli) - ylläpitää sivustoa.\n',
  sv: '### Personuppgiftsbiträden vi anlitar\n\n- Formtjänsten (formulärleverantör) - tar emot bokningsformuläret.\n- Molnhotellet (webbhotell och CDN) - hanterar drift.\n',
  en: '### Processors we use\n\n- Formhub (form provider) - receives the booking form.\n- Cloudhost (web host and CDN) - runs the site.\n',
};
const NAMES: Record<Lang, string[]> = { fi: ['Lomakepalvelu', 'Pilvihotelli'], sv: ['Formtjänsten', 'Molnhotellet'], en: ['Formhub', 'Cloudhost'] };
const AUTHORITY: Record<Lang, string> = {
  fi: '### Viranomaiset\n\nViranomaisen pyynnöstä (esim. Verohallinto) luovutamme tiedot lain edellyttämässä laajuudessa.\n',
  sv: '### Myndigheter\n\nVid begäran från svenska myndigheter (t.ex. Skatteverket för RUT-avdrag) lämnas nödvändiga uppgifter ut i den utsträckning lagen kräver.\n',
  en: '### Authorities\n\nAt the request of authorities (e.g. the Tax Administration) we disclose data to the extent the law requires.\n',
};

function recipientsOf(text: string, lang: Lang): Recipient[] {
  return (importNotice(text, { lang }).register['recipients'] ?? []) as Recipient[];
}

const LANGS = ['fi', 'sv', 'en'] as const;

describe('a sentence on when data go to third parties, before the parties are named', () => {
  it.each(LANGS)('is no recipient of its own; each party after it is, by its name (%s)', (lang) => {
    const recipients = recipientsOf(`${HEAD[lang]}${PREFACE[lang]}\n\n${NAMED[lang]}`, lang);
    expect(recipients.map((r) => r.name)).toEqual(NAMES[lang]);
  });

  it.each(LANGS)('is a recipient where no party is named after it (%s)', (lang) => {
    const recipients = recipientsOf(`${HEAD[lang]}${PREFACE[lang]}\n`, lang);
    expect(recipients).toHaveLength(1);
    expect(recipients[0]!.category![lang]).toBe(PREFACE[lang]);
  });
});

describe('an authority data go to at its request, named after an abbreviation', () => {
  it.each(LANGS)('is one recipient with the whole sentence (%s)', (lang) => {
    const sentence = AUTHORITY[lang].split('\n\n')[1]!.trim();
    for (const text of [`${HEAD[lang]}${AUTHORITY[lang]}`, `${HEAD[lang]}${PREFACE[lang]}\n\n${NAMED[lang]}\n${AUTHORITY[lang]}`]) {
      const recipients = recipientsOf(text, lang);
      expect(recipients.filter((r) => r.role === 'authority').map((r) => r.category![lang])).toEqual([sentence]);
    }
  });
});

describe('a denial of disclosure "for reasons other than" some, under a heading on third parties', () => {
  it('denies nothing outright: the services the section names are recipients', () => {
    const text = `${HEAD.fi.replace('## Kenelle tietoja luovutetaan\n\n', '')}## Kolmannet tahot\n\nKäyttäjän tietoja säilytetään tietokannassa, jota ylläpidetään Vercelillä.\n\nKäyttäjän tietoja ei luovuteta muille kolmansille osapuolille muista kuin oikeudellisista syistä:\n\n- lainsäädännön täyttämiseksi\n- väärinkäytösten estämiseksi\n`;
    const register = importNotice(text, { lang: 'fi' }).register;
    expect(register['recipients']).not.toBe('none');
    expect((register['recipients'] as Recipient[]).some((r) => r.name === 'Vercel')).toBe(true);
  });
});

describe('a subheading that names a kind of party, over text that says nothing of data going anywhere', () => {
  it.each([
    ['fi', '### Kolmannet tahot\n\nEuroopan unionin tietosuoja-asetus takaa käyttäjälle useita oikeuksia. Alla on lisätietoa käsittelystä.\n', '### Viranomaiset\n\nTietoja voidaan luovuttaa viranomaisille lain nojalla.\n'],
    ['sv', '### Tredje parter\n\nDataskyddsförordningen ger användaren flera rättigheter. Nedan finns mer information om behandlingen.\n', '### Myndigheter\n\nUppgifter kan lämnas ut till myndigheter enligt lag.\n'],
    ['en', '### Third parties\n\nThe General Data Protection Regulation gives the user several rights. More on the processing below.\n', '### Authorities\n\nData may be disclosed to authorities where the law requires.\n'],
  ] as const)('is no recipient; one whose text says data go there is (%s)', (lang, about, disclosing) => {
    expect(recipientsOf(`${HEAD[lang]}${about}`, lang)).toEqual([]);
    expect(recipientsOf(`${HEAD[lang]}${disclosing}`, lang)).toHaveLength(1);
  });
});

describe('a sentence on disclosures to third parties only where the law requires, before named parties', () => {
  it('stays a recipient: the law is the occasion of a disclosure of its own', () => {
    const text = `${HEAD.fi}Tietoja luovutetaan kolmansille osapuolille vain lain niin vaatiessa.\n\n${NAMED.fi}`;
    expect(recipientsOf(text, 'fi').map((r) => r.name ?? r.category!['fi'])).toEqual(['Tietoja luovutetaan kolmansille osapuolille vain lain niin vaatiessa.', ...NAMES.fi]);
  });

  it('a kind of party with its kind of service in brackets is no name', () => {
    const text = `${HEAD.fi}### Käyttämämme käsittelijät\n\n- Tilitoimisto (kirjanpitopalvelu) - hoitaa kirjanpidon.\n`;
    expect(recipientsOf(text, 'fi')[0]!.name).toBeUndefined();
  });
});
