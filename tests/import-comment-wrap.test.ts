/**
 * The original's text kept in a draft's comments is wrapped at word boundaries, and no wrapped line
 * starts like a list's item: "… under the age of" / "18. We do not …" would read as item 18.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const OPENING = {
  en: '# Privacy policy\n\nThis policy tells how we process data.\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n',
  fi: '# Tietosuojaseloste\n\nTämä seloste kertoo, miten käsittelemme tietoja.\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n',
  sv: '# Integritetspolicy\n\nDenna policy berättar hur vi behandlar uppgifter.\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors\n\n',
};

/** A paragraph whose number falls just past the wrapping width, in a part the import keeps for the author. */
function notice(lang: keyof typeof OPENING, heading: string, lead: string, after: string): string {
  const padded = `${lead} ${'x'.repeat(Math.max(0, 98 - lead.length - 1))}`.slice(0, 97);
  return `${OPENING[lang]}## ${heading}\n\n${padded} of 18. ${after}\n`;
}

describe('comments of the draft', () => {
  it('never start a wrapped line with a number and a dot, where a long word leaves no room before the width', () => {
    const long = `See https://example.org/${'a'.repeat(95)} 18. We do not knowingly collect data from children under the age of eighteen years.`;
    const yaml = importNotice(`${OPENING.en}## Special note about children\n\n${long}\n`, { lang: 'en' }).yaml;
    expect(yaml.split('\n').filter((l) => /^\s*#\s+18\.\s/u.test(l))).toEqual([]);
  });

  it.each([
    ['en', notice('en', 'Special note about children', 'Our Service is not directed or suitable for children under the age', 'We do not knowingly collect data from children.')],
    ['fi', notice('fi', 'Erityinen huomautus lapsista', 'Palvelua ei ole tarkoitettu lapsille, joiden ikä on alle', 'Emme kerää tietoja lapsilta tietoisesti.')],
    ['sv', notice('sv', 'Särskilt om barn', 'Tjänsten är inte avsedd för barn under', 'Vi samlar inte medvetet in uppgifter om barn.')],
  ])('never start a wrapped line with a number and a dot (%s)', (lang, text) => {
    const yaml = importNotice(text, { lang: lang as keyof typeof OPENING }).yaml;
    const lines = yaml.split('\n').filter((l) => /^\s*#/u.test(l));
    expect(lines.some((l) => /\b18\.\s/u.test(l))).toBe(true);
    expect(lines.filter((l) => /^\s*#\s+18\.\s/u.test(l))).toEqual([]);
  });
});
