/**
 * The browser named in a notice on cookies: the way to refuse them only where the sentence blocks or
 * removes cookies with it ("voit estää evästeet selaimellasi"); a browser that loads a calendar
 * ("din webbläsare begär innehåll från …") offers no refusal, and asks for no consent tool.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

async function browserOnly(text: string): Promise<number> {
  return (await auditText(text)).filter((d) => d.ruleId === 'invalid-consent').length;
}

const NOTICES: [string, (cookies: string) => string, string, string][] = [
  [
    'fi',
    (c) => `# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Evästeet\n\nKäytämme analytiikkaevästeitä kävijämäärien seurantaan. ${c}\n`,
    'Kun avaat varauskalenterin, selaimesi hakee sen sisällön suoraan varauspalvelusta.',
    'Voit estää evästeet selaimellasi.',
  ],
  [
    'sv',
    (c) => `# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n## Kakor\n\nVi använder analyskakor för att följa upp besöken. ${c}\n`,
    'När du öppnar kalendern begär din webbläsare innehåll direkt från bokningstjänsten.',
    'Du kan blockera kakor i din webbläsare.',
  ],
  [
    'en',
    (c) => `# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## Cookies\n\nWe use analytics cookies to follow visits. ${c}\n`,
    'When you open the calendar, your browser requests its content directly from the booking service.',
    'You can block cookies in your browser.',
  ],
];

const ALLOWING: [string, string][] = [
  ['fi', 'Useimmat selaimet antavat sinun estää evästeet.'],
  ['sv', 'De flesta webbläsare låter dig blockera kakor.'],
  ['en', 'Most web browsers allow you to turn off cookies.'],
  ['fi', 'Useimmat selaimet antavat sinun hallita ja estää evästeitä.'],
  ['sv', 'De flesta webbläsare låter dig hantera och blockera kakor.'],
  ['en', 'Most web browsers allow you to control, block or delete cookies.'],
];

describe('the browser named beside analytics cookies', () => {
  it.each(ALLOWING)('is the only way to refuse them where browsers are said to let the reader block cookies (%s)', async (lang, sentence) => {
    const notice = NOTICES.find(([l]) => l === lang)![1];
    expect(await browserOnly(notice(sentence))).toBe(1);
  });

  it('is no way to refuse them where cookies let the reader do something else and browsers delete them', async () => {
    const notice = NOTICES.find(([l]) => l === 'en')![1];
    const found = (await auditText(notice('Session cookies allow you to stay logged in, and web browsers delete them when you close the window.'))).filter((d) => d.ruleId === 'invalid-consent');
    expect(found.map((d) => d.message).join('\n')).not.toMatch(/web browsers/u);
  });

  it.each(NOTICES)('is the only way to refuse them where it blocks cookies, not where it loads a page (%s)', async (_lang, notice, loads, blocks) => {
    expect(await browserOnly(notice(loads))).toBe(0);
    expect(await browserOnly(notice(blocks))).toBe(1);
  });
});

describe('a browser that clears session cookies itself', () => {
  it('offers no way to refuse cookies', async () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## Cookies\n\nWe use analytics cookies to follow visits. Session cookies are deleted when you close your browser.\n';
    expect(await browserOnly(text)).toBe(0);
  });
});

/** A notice whose analytics cookies are told of in its section on the data collected, not in one on cookies. */
const ELSEWHERE: Record<'fi' | 'sv' | 'en', (tail: string) => string> = {
  fi: (t) => `# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Mitä tietoja keräämme\n\nKeräämme nimen ja sähköpostiosoitteen. Google Analytics seuraa sivuston käyttöä evästeiden avulla. Useimmat selaimet antavat sinun estää evästeet.${t}\n`,
  sv: (t) => `# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n## Vilka uppgifter samlar vi in\n\nVi samlar in namn och e-postadress. Google Analytics följer hur webbplatsen används med kakor. De flesta webbläsare låter dig blockera kakor.${t}\n`,
  en: (t) => `# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## What data we collect\n\nWe collect your name and e-mail address. Google Analytics uses cookies to follow how the site is used. Most web browsers allow you to turn off cookies.${t}\n`,
};
const BANNER: Record<'fi' | 'sv' | 'en', string> = {
  fi: ' Analytiikkaevästeet asetetaan vasta, kun olet hyväksynyt ne evästebannerissa.',
  sv: ' Analyskakor sätts först när du godkänner dem i kakbannern.',
  en: ' Analytics cookies are set only after you accept them in the cookie banner.',
};

describe('the browser as the only way to refuse analytics cookies, said outside a section on cookies', () => {
  it.each(['fi', 'sv', 'en'] as const)('is reported at its line (%s)', async (lang) => {
    const found = (await auditText(ELSEWHERE[lang](''))).filter((d) => d.ruleId === 'invalid-consent');
    expect(found.map((d) => d.line)).toEqual([9]);
  });

  it.each(['fi', 'sv', 'en'] as const)('is no finding where the notice asks consent on the site (%s)', async (lang) => {
    expect(await browserOnly(ELSEWHERE[lang](BANNER[lang]))).toBe(0);
  });

  it('is no finding where the cookies are not for analytics or marketing', async () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## What data we collect\n\nWe collect your name and e-mail address. The site keeps you logged in with a session cookie. Most web browsers allow you to turn off cookies.\n';
    expect(await browserOnly(text)).toBe(0);
  });

  it.each([
    ['fi', 'Emme käytä analytiikka- tai markkinointievästeitä. Sivusto käyttää vain istuntoevästettä. Useimmat selaimet antavat sinun estää evästeet.'],
    ['sv', 'Inga analyskakor används. Webbplatsen använder bara en sessionskaka. De flesta webbläsare låter dig blockera kakor.'],
    ['en', "We do not use Google Analytics or any other tracking cookies. We don't use analytics cookies either. Most web browsers allow you to turn off cookies."],
    ['en', 'We send a marketing newsletter to subscribers. The site uses a session cookie. Most web browsers allow you to turn off cookies.'],
  ])('is no finding where the analytics cookies are denied, or only a newsletter is for marketing (%s)', async (_lang, tail) => {
    const text = `# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## What data we collect\n\nWe collect your name and e-mail address. ${tail}\n`;
    expect(await browserOnly(text)).toBe(0);
  });

  it('is reported once where the section on cookies says it too', async () => {
    const notice = NOTICES.find(([l]) => l === 'en')![1];
    const text = notice('You can block cookies in your browser.').replace('## Cookies', '## What data we collect\n\nGoogle Analytics uses cookies to follow visits. Most web browsers allow you to turn off cookies.\n\n## Cookies');
    expect(await browserOnly(text)).toBe(1);
  });
});

describe('the browser as the only way to refuse analytics cookies, in a section on cookies read as purposes', () => {
  it('is reported at its line', async () => {
    const text =
      '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Mitä evästeet ovat ja mihin evästeiden tietoja käytetään?\n\nSivustolla on käytössä analytiikkaevästeet. Työkalulle ei pyydetä suostumusta, mutta käyttäjä voi estää evästeet oman selaimensa asetuksista.\n';
    const found = (await auditText(text)).filter((d) => d.ruleId === 'invalid-consent');
    expect(found.map((d) => d.line)).toEqual([9]);
  });
});

describe('the browser named where analytics and marketing cookies are denied', () => {
  const DENIED: [string, string][] = [
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## Cookies\n\nThe website uses no marketing or analytics cookies, only one necessary cookie that remembers your language. Visitor statistics are anonymous and cookie-free. You can delete cookies at any time in your browser settings.\n'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Evästeet\n\nEmme käytä seuranta- tai markkinointievästeitä emmekä kävijäanalytiikkaa. Sivusto tallentaa vain toiminnallisia tietoja. Voit poistaa evästeet selaimesi asetuksista.\n'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n## Kakor\n\nVi använder inga analys- eller marknadsföringskakor. Besöksstatistiken är anonym och cookiefri. Du kan ta bort kakor i din webbläsare.\n'],
  ];
  it.each(DENIED)('is no refusal of cookies the site does not use (%s)', async (_lang, text) => {
    expect(await browserOnly(text)).toBe(0);
  });

  it.each([
    'We use analytics cookies that do not identify you. You can block cookies in your browser.',
    'The site is cookie-free except for analytics cookies. You can block cookies in your browser.',
  ])('but cookies used with a denial after them, or saved from one, are used: "%s"', async (text) => {
    expect(await browserOnly(`# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## Cookies\n\n${text}\n`)).toBe(1);
  });

  it('nor do Finnish analytics cookies saved from a denial ("muita kuin")', async () => {
    expect(await browserOnly('# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Evästeet\n\nEmme käytä muita kuin analytiikkaevästeitä. Voit estää evästeet selaimellasi.\n')).toBe(1);
  });

  it('but analytics cookies used in one clause are used, though another clause denies marketing ones', async () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## Cookies\n\nWe use analytics cookies, but no marketing cookies. You can block cookies in your browser.\n';
    expect(await browserOnly(text)).toBe(1);
  });
});
