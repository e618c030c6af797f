/**
 * Consent said to be withdrawable later, whenever the person chooses ("Du har rätten att ändra ditt
 * medgivande vid ett senare tillfälle", "You can withdraw your consent later on", "Voit perua
 * suostumuksesi myöhemmin"): the notice states the right to withdraw it. Later only within limits
 * ("inom 14 dagar; … inte … vid ett senare tillfälle") is no withdrawal at any time (Art. 7(3)).
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const notice = (lang: 'fi' | 'sv' | 'en', withdrawal: string): string =>
  ({
    sv: `# Integritetspolicy\n\nUppdaterad 1.2.2026.\n\n## Personuppgiftsansvarig\n\nFöreningen Exempel, Gatan 1, 00100 Helsingfors, styrelsen@exempel.example\n\n## Ändamål och rättslig grund\n\n- Publicering av foton på vår hemsida (samtycke)\n\n## Foton\n\n${withdrawal}\n`,
    fi: `# Tietosuojaseloste\n\nPäivitetty 1.2.2026.\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, hallitus@esimerkki.example\n\n## Käsittelyn tarkoitus ja oikeusperuste\n\n- Valokuvien julkaiseminen verkkosivuilla (suostumus)\n\n## Valokuvat\n\n${withdrawal}\n`,
    en: `# Privacy notice\n\nUpdated 1 February 2026.\n\n## Controller\n\nExample Club, Street 1, 00100 Helsinki, board@example.example\n\n## Purposes and legal bases\n\n- Publishing photos on our site (consent)\n\n## Photos\n\n${withdrawal}\n`,
  })[lang];

const withdrawalFindings = async (text: string): Promise<string[]> =>
  (await auditText(text)).filter((d) => d.ruleId === 'consent-withdrawal' || (d.ruleId === 'right-missing' && /withdraw|peruuttaa|återkalla/u.test(d.message))).map((d) => d.ruleId);

describe('consent that can be withdrawn later', () => {
  it.each([
    ['sv', 'Du har rätten att ändra ditt medgivande vid ett senare tillfälle.'],
    ['fi', 'Voit perua suostumuksesi myöhemmin.'],
    ['en', 'You can withdraw your consent later on.'],
    ['en', 'You can withdraw your consent later on; this does not affect the lawfulness of processing before the withdrawal.'],
    ['fi', 'Voit perua suostumuksesi myöhemmin, eikä peruminen vaikuta sitä ennen tehdyn käsittelyn lainmukaisuuteen.'],
    ['sv', 'Du kan återkalla ditt samtycke vid ett senare tillfälle, vilket inte påverkar behandlingen dessförinnan.'],
  ] as const)('whenever the person chooses, is withdrawal stated (%s)', async (lang, sentence) => {
    expect(await withdrawalFindings(notice(lang, sentence))).toEqual([]);
  });

  it.each([
    ['sv', 'Du kan återkalla ditt samtycke inom 14 dagar; det kan inte återkallas vid ett senare tillfälle.'],
    ['fi', 'Voit perua suostumuksesi 14 päivän kuluessa, mutta et myöhemmin.'],
    ['en', 'You can withdraw your consent within 14 days, but not later on.'],
    ['en', 'You can withdraw your consent later on, within 14 days of the event.'],
    ['sv', 'Du kan återkalla ditt samtycke vid ett senare tillfälle, senast 14 dagar efter evenemanget.'],
  ] as const)('only within limits, is reported (%s)', async (lang, sentence) => {
    expect(await withdrawalFindings(notice(lang, sentence))).not.toEqual([]);
  });
});
