/**
 * Bold marks the Markdown parser cannot pair ("**7.1 **Holvi may share …", a bold number closed after
 * its space) are marks, not words: the draft's values hold the words without them.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const NOTICES: [string, string][] = [
  ['en', '# Privacy policy\n\n**1. Controller**\n\nExample Ltd, Street 1, 00100 Helsinki, privacy@example.example\n\n**7. Information shared with third parties**\n\n**7.1 **We may share customer information with official authorities in case of requests based on a lawsuit.\n'],
  ['fi', '# Tietosuojaseloste\n\n**1. Rekisterinpitäjä**\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example\n\n**7. Tietojen luovutukset**\n\n**7.1 **Tietoja luovutetaan viranomaisille näiden pyynnöstä lain sallimissa rajoissa.\n'],
  ['sv', '# Integritetspolicy\n\n**1. Personuppgiftsansvarig**\n\nExempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.example\n\n**7. Utlämnande av uppgifter**\n\n**7.1 **Uppgifter lämnas ut till myndigheter på deras begäran inom lagens gränser.\n'],
];

describe('bold marks left unpaired in Markdown', () => {
  it.each(NOTICES)('are no part of the values of the draft (%s)', (lang, text) => {
    const { register, yaml } = importNotice(text, { format: 'markdown', lang: lang as 'fi' | 'sv' | 'en' });
    const values = JSON.stringify(register);
    expect(values).toContain('7.1 ');
    expect(values).not.toContain('**');
    expect(yaml).toMatch(/recipients:/u);
  });

  it('are kept where they stand alone between spaces, as text', () => {
    const { register } = importNotice('# Tietosuojaseloste\n\n## Tietoturva\n\nSalasanat näytetään muodossa ** eikä niitä tallenneta selväkielisinä.\n', { format: 'markdown', lang: 'fi' });
    expect(JSON.stringify(register)).toContain('muodossa ** eikä');
    // One mark against a word is a footnote's, and stays.
    const noted = importNotice('# Tietosuojaseloste\n\n## Kerättävät tiedot\n\n- Nimi\n- Sähköpostiosoite**\n\n** Pakollinen jäsenille.\n', { format: 'markdown', lang: 'fi' });
    expect(noted.yaml).toContain('Sähköpostiosoite**');
  });
});

const TITLED: [string, string, string][] = [
  ['sv', '**Integritetspolicy**\nHär beskriver vi hur Exempel Ab behandlar dina personuppgifter.\n\n**Så länge sparas uppgifterna**\nUppgifterna sparas i två år efter det senaste köpet.\n', 'Så länge sparas uppgifterna'],
  ['fi', '**Tietosuojaseloste**\nTässä kerromme, miten Esimerkki Oy käsittelee henkilötietojasi.\n\n**Tietojen säilytysaika**\nTiedot säilytetään kaksi vuotta viimeisestä ostosta.\n', 'Tietojen säilytysaika'],
  ['en', '**Privacy notice**\nThis notice tells how Example Ltd processes your personal data.\n\n**How long we keep the data**\nThe data are kept for two years after the last purchase.\n', 'How long we keep the data'],
];

describe('a bold line that opens a paragraph, its text on the lines below', () => {
  it.each(TITLED)('heads that text, as a heading would (%s)', (lang, text, title) => {
    const { register } = importNotice(text, { format: 'markdown', lang: lang as 'fi' | 'sv' | 'en' });
    const kept = JSON.stringify(register.retention);
    expect(kept).toMatch(/två år|kaksi vuotta|two years/u);
    expect(kept).not.toContain(title);
  });

  it('is not a title where it ends on a colon or runs on in its line', () => {
    const { yaml } = importNotice('# Tietosuojaseloste\n\n## Tietojen säilytysaika\n\n**Huom:**\nTiedot säilytetään kaksi vuotta.\n', { format: 'markdown', lang: 'fi' });
    expect(yaml).toMatch(/Huom: Tiedot säilytetään kaksi vuotta/u);
  });
});

describe('a bold first line that is no title', () => {
  it('keeps a label with its value, and a statement, in their paragraph', () => {
    const labelled = importNotice('# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab\nGatan 1, 00100 Helsingfors\n\n**E-post: dataskydd@exempel.fi**\nTelefon: 09 123 4567\n', { format: 'markdown', lang: 'sv' });
    expect((labelled.register as { controller?: { email?: string } }).controller?.email).toBe('dataskydd@exempel.fi');
    const denial = importNotice('# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.fi\n\n## Automated decision-making\n\n**We do not use automated decision-making or profiling**\nAll decisions are made by our staff.\n', { format: 'markdown', lang: 'en' });
    expect((denial.register as { automated_decisions?: unknown }).automated_decisions).toBe('none');
  });
});

const SPACED: [string, string][] = [
  ['en', '# Privacy policy\n\n **1\\. Controller  **\n\nExample Ltd, Street 1, 00100 Helsinki, privacy@example.example\n\n **5\\. How long do we keep your data?  **\n\nThe data are kept for two years after the last purchase.\n'],
  ['fi', '# Tietosuojaseloste\n\n **1\\. Rekisterinpitäjä  **\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example\n\n **5\\. Kuinka kauan tietoja säilytetään?  **\n\nTiedot säilytetään kaksi vuotta viimeisestä ostosta.\n'],
  ['sv', '# Integritetspolicy\n\n **1\\. Personuppgiftsansvarig  **\n\nExempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.example\n\n **5\\. Hur länge sparas uppgifterna?  **\n\nUppgifterna sparas i två år efter det senaste köpet.\n'],
];

describe('a paragraph all in bold but for a space inside its marks', () => {
  it.each(SPACED)('is a heading over the text under it (%s)', (lang, text) => {
    const { register, yaml } = importNotice(text, { format: 'markdown', lang: lang as 'fi' | 'sv' | 'en' });
    expect((register['retention'] as Record<string, unknown>[])[0]?.['period']).toBe('P2Y');
    expect((register['controller'] as Record<string, unknown>)['email']).toMatch(/@/u);
    expect(yaml).not.toContain('**');
  });
});
