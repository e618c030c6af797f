/**
 * Under a heading on the sources, a line that names where the data come from is a source without a word
 * of obtaining ("Jäsenjärjestöjen antamat listaukset myönnetyistä kulkuavaimista"); data given by an
 * organisation are the organisation's, not the person's own.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

const NOTICE: Record<Lang, [string, string]> = {
  fi: ['# Tietosuojaseloste\n\n## Säännönmukaiset tietolähteet\n\nJäsenjärjestöjen antamat listaukset myönnetyistä kulkuavaimista.\n', 'organisation'],
  sv: ['# Dataskyddsbeskrivning\n\n## Regelbundna uppgiftskällor\n\nListor från samarbetspartner över utdelade nycklar.\n', 'organisation'],
  en: ['# Privacy notice\n\n## Sources of data\n\nLists of keys handed out, provided by our partners.\n', 'organisation'],
};

const sources = (text: string, lang: Lang): string[] => ((importNotice(text, { lang }).register['sources'] ?? []) as { type: string }[]).map((s) => s.type);

describe('a line under the heading on the sources', () => {
  it.each(Object.entries(NOTICE) as [Lang, [string, string]][])('is a source of the kind it names (%s)', (lang, [text, type]) => {
    expect(sources(text, lang)).toEqual([type]);
  });

  it('given by the person is the person\'s own; given by an association, the association\'s', () => {
    expect(sources('# Tietosuojaseloste\n\n## Tietolähteet\n\nAsiakkaan antamat tiedot.\n', 'fi')).toEqual(['data_subject']);
    expect(sources('# Tietosuojaseloste\n\n## Tietolähteet\n\nYhdistyksen antamat jäsenlistat.\n', 'fi')).toEqual(['organisation']);
  });
});
