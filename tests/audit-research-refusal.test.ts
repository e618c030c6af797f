/**
 * A right refused where it would make scientific research impossible (Art. 17(3)(d), 89(2); Tietosuojalaki
 * 31 §) is refused on a ground the law names: no limitation reported. The same right refused for nothing the
 * law names is one.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki-yliopisto, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Oikeusperuste\n\nKäsittely perustuu suostumukseen.\n\n## Oikeutesi\n\nSinulla on oikeus tietojen poistamiseen. Oikeus tietojen poistamiseen ei koske tilannetta, jossa poistaminen vaarantaisi tieteellisen tutkimuksen tarkoituksen.\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempeluniversitetet, Gatan 1, 111 22 Stockholm, info@exempel.se\n\n## Rättslig grund\n\nBehandlingen grundar sig på samtycke.\n\n## Dina rättigheter\n\nDu har rätt till radering. Rätten till radering gäller inte om raderingen skulle omöjliggöra vetenskaplig forskning.\n',
  en: '# Privacy notice\n\n## Controller\n\nExample University, Street 1, 00100 Helsinki, info@example.fi\n\n## Legal basis\n\nThe processing is based on consent.\n\n## Your rights\n\nYou have the right to erasure. The right to erasure does not apply if the erasure seriously impairs the objectives of the processing in scientific research.\n',
};

const limited = async (text: string) => (await auditText(text)).filter((d) => d.ruleId === 'right-limited');

describe('a right refused for research', () => {
  it.each(Object.entries(NOTICES))('is refused on a ground the law names (%s)', async (_lang, text) => {
    expect(await limited(text)).toEqual([]);
  });

  it('is a limitation where the notice names no such ground', async () => {
    const text = NOTICES.en.replace('if the erasure seriously impairs the objectives of the processing in scientific research', 'to members');
    expect((await limited(text)).map((d) => d.message)).toEqual([expect.stringContaining('erasure')]);
  });
});
