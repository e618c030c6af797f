/**
 * An analytics tool named among the cookies ("Sivustollamme käytetään GoatCounter-analytiikkaa", "Kävijämäärät
 * mitataan Plausible-analytiikalla", "Analysen genomförs med tjänsten Counter.dev") is a service the site uses:
 * a recipient whose role the author confirms, however the sentence says it, and though a clause after it says
 * what the tool does not do ("…, joka ei käytä evästeitä"). Not when the main clause denies it.
 */
import { describe, expect, it } from 'vitest';
import { register, type Lang } from './import-draft.js';

type Recipient = { name?: string };

const names = (text: string, lang: Lang): (string | undefined)[] =>
  ((register(text, lang)['recipients'] as Recipient[] | undefined) ?? []).map((r) => r.name);

const FI = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Evästeet ja analytiikka\n\n';
const SV = '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm, info@exempel.example\n\n## Cookies och analys\n\n';
const EN = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Cookies and analytics\n\n';

const USED: [Lang, string, string][] = [
  ['fi', `${FI}Sivustollamme käytetään GoatCounter-analytiikkaa kävijämäärien seurantaan.\n`, 'GoatCounter'],
  ['fi', `${FI}Verkkosivuston kävijämäärät mitataan Plausible-analytiikalla, joka on evästeetön.\n`, 'Plausible'],
  ['fi', `${FI}Sivustolla on Umami-kävijätilastointi, joka ei käytä evästeitä eikä yksilöi kävijöitä.\n`, 'Umami'],
  ['fi', `${FI}Tietoja kerätään verkkoanalytiikkatyökalu Piwik PRO:lla.\n`, 'Piwik PRO'],
  ['sv', `${SV}Analysen genomförs med tjänsten Counter.dev, som fungerar som personuppgiftsbiträde.\n`, 'Counter.dev'],
  ['sv', `${SV}Webbplatsen använder GoatCounter för anonym besöksstatistik.\n`, 'GoatCounter'],
  ['en', `${EN}Visits are counted with Simple Analytics, which sets no cookies.\n`, 'Simple Analytics'],
];

const DENIED: [Lang, string, string][] = [
  ['fi', `${FI}Emme käytä GoatCounter-analytiikkaa emmekä muita seurantatyökaluja.\n`, 'GoatCounter'],
  ['sv', `${SV}Vi använder inte Plausible eller andra analysverktyg.\n`, 'Plausible'],
  ['en', `${EN}We do not use Umami or any other analytics tool.\n`, 'Umami'],
];

describe('an analytics tool named among the cookies', () => {
  it.each(USED.map(([lang, text, tool]) => [tool, lang, text] as const))('%s is a recipient (%s)', (tool, lang, text) => {
    expect(names(text, lang)).toContain(tool);
  });

  it.each(DENIED.map(([lang, text, tool]) => [tool, lang, text] as const))('%s is none when the notice says it is not used (%s)', (tool, lang, text) => {
    expect(names(text, lang)).not.toContain(tool);
  });
});

describe('a tool or provider the sentence says is not used, or the controller runs itself', () => {
  it.each([
    ['en', `${EN}Our statistics run on our own server, which is not hosted by Google or Microsoft.\n`, 'Google'],
    ['en', `${EN}Visits are counted with Matomo on our own servers.\n`, 'Matomo'],
    ['fi', `${FI}Kävijätilastot kerätään kaupungin omalla Matomo-ratkaisulla.\n`, 'Matomo'],
    ['sv', `${SV}Besöksstatistiken samlas in med Matomo på vår egen server.\n`, 'Matomo'],
  ] as const)('is no recipient (%s: %s)', (lang, text, tool) => {
    expect(names(text, lang)).not.toContain(tool);
  });
});
