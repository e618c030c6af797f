/**
 * A short notice that is one list of points with no headings (a camera notice): a point on how long the recordings
 * are kept is no purpose though it says what the time is for, and a point that opens on the grounds is the basis of
 * the purpose the notice states, not a purpose of its own.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const NOTICES: ['fi' | 'sv' | 'en', string][] = [
  ['fi', 'Kameravalvonta\n• Kameravalvonnan tarkoitus on ensisijaisesti ehkäistä rikoksia mutta myös lisätä turvallisuutta kauppakeskuksen käytävillä.\n• Perustamme valvonnan oikeutettuun etuun: etumme on ehkäistä rikoksia ja ilkivaltaa.\n• Tallenteita säilytetään 30 päivää, jotta poliisi ehtii saada ne käyttöönsä rikosten selvittämiseksi.\n'],
  ['sv', 'Policy för kameraövervakning\n• Syftet med kamerabevakningen är primärt som ett brottsförebyggande medel men också för att öka säkerheten i centrum.\n• Vi grundar övervakningen på en intresseavvägning. Det är vårt intresse av att förhindra brott och sabotage.\n• Lagringstid är 30 dagar och det är med anledning av tid för polisen att kunna ta del av informationen för att klara upp brott.\n'],
  ['en', 'Camera surveillance policy\n• The purpose of the camera surveillance is primarily to prevent crime but also to make the shopping centre safer for everyone.\n• We base the surveillance on our legitimate interest in preventing crime and vandalism.\n• Recordings are kept for 30 days so that the police have time to obtain them in order to solve crimes.\n'],
];

describe('a notice that is one list of points', () => {
  it.each(NOTICES)('has one purpose, resting on the basis its point on the grounds states (%s)', (_lang, text) => {
    const purposes = importNotice(text, { format: 'text' }).register['purposes'] as { legal_basis?: string }[];
    expect(purposes.map((p) => p.legal_basis)).toEqual(['legitimate_interests']);
  });
});
