/**
 * Where a notice without sections on its parts starts: its title, not a heading further down that
 * names one of its registers ("### Medlemsregister" under "## Behandling av personuppgifter"); what it
 * leaves out of the rights belongs where it states the others.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES = {
  sv: ['## Behandling av personuppgifter', 'Om du vill hämta ut uppgifter vi har om dig eller begär borttagning av dina data, skriv till info@dojo.example.', '### Medlemsregister', 'Vi för ett register över medlemmarna: namn och e-post. Uppgifterna raderas 180 dagar efter att medlemskapet har avslutats.'],
  fi: ['## Henkilötietojen käsittely', 'Jos haluat tarkastaa sinusta tallennetut tiedot tai pyytää niiden poistamista, kirjoita osoitteeseen info@dojo.example.', '### Jäsenrekisteri', 'Pidämme rekisteriä jäsenistä: nimi ja sähköposti. Tiedot poistetaan 180 päivän kuluttua jäsenyyden päättymisestä.'],
  en: ['## Processing of personal data', 'If you want to access the data we hold about you or request their erasure, write to info@dojo.example.', '### Member register', 'We keep a register of members: name and e-mail. The data are deleted 180 days after the membership ends.'],
} as const;

describe('a notice whose register is named by a heading inside it', () => {
  it.each(['sv', 'fi', 'en'] as const)('starts at its title; the missing rights stand where it states the others (%s)', async (lang) => {
    const found = await auditText(NOTICES[lang].join('\n\n') + '\n');
    const missing = found.filter((d) => d.ruleId === 'right-missing');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((d) => d.line === 3)).toBe(true);
    expect(missing.some((d) => /Art\. 15\)|Art\. 17\)/u.test(d.message))).toBe(false);
    expect(found.find((d) => d.ruleId === 'notice-date')?.line).toBe(1);
  });
});
