/**
 * A hedge on the parties data go to ("Voimme käyttää … palveluntarjoajia", "We disclose … only where
 * necessary") is settled by the list of those parties that follows its paragraph, even when another
 * sentence of the paragraph stands between them or before it; not by a list under another heading.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const HEAD: Record<'fi' | 'sv', string> = {
  fi: '# Tietosuojaseloste\n\nPäivitetty 1.2.2026\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example\n\n## Vastaanottajat\n\n',
  sv: '# Integritetspolicy\n\nUppdaterad 1.2.2026\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.example\n\n## Mottagare\n\n',
};
const PARAGRAPH: Record<'fi' | 'sv', string> = {
  fi: 'Voimme käyttää henkilötietojen käsittelyssä luotettuja palveluntarjoajia, jotka toimivat alihankkijoina. Emme myy tietoja muille.',
  sv: 'Vi säljer inte personuppgifter. Vi lämnar ut personuppgifter endast när det är nödvändigt, och alltid med ett biträdesavtal.',
};
const LIST: Record<'fi' | 'sv', string> = {
  fi: '- Palvelinyhtiö Oy: palvelimet Suomessa.\n- Kirjanpito Oy: kirjanpito.\n',
  sv: '- Serverbolaget Ab: servrar i Finland.\n- Bokföring Ab: bokföring.\n',
};

const APART: Record<'fi' | 'sv', string> = { fi: 'Tietoturva', sv: 'Säkerhet' };
const SUBHEADING: Record<'fi' | 'sv', string> = { fi: 'Käyttämämme käsittelijät', sv: 'Personuppgiftsbiträden vi anlitar' };

describe('a hedge on the parties data go to, with their list after its paragraph', () => {
  it.each(['fi', 'sv'] as const)('is settled by the list (%s)', async (lang) => {
    const withList = await auditText(`${HEAD[lang]}${PARAGRAPH[lang]}\n\n${LIST[lang]}`);
    expect(withList.filter((d) => d.ruleId === 'vague-language' && d.line === 11)).toEqual([]);
    // The same list under a heading of its own does not follow the paragraph: the hedge stands.
    const without = await auditText(`${HEAD[lang]}${PARAGRAPH[lang]}\n\n## ${APART[lang]}\n\n${LIST[lang]}`);
    expect(without.filter((d) => d.ruleId === 'vague-language' && d.line === 11)).toHaveLength(1);
  });

  it.each(['fi', 'sv'] as const)('and by the list under a subheading of its section (%s)', async (lang) => {
    const found = await auditText(`${HEAD[lang]}${PARAGRAPH[lang]}\n\n### ${SUBHEADING[lang]}\n\n${LIST[lang]}`);
    expect(found.filter((d) => d.ruleId === 'vague-language' && d.line === 11)).toEqual([]);
  });
});

const THIRD: Record<'fi' | 'sv' | 'en', string> = {
  fi: 'Jaamme tietoja kolmansille osapuolille tarvittaessa palvelun toteuttamiseksi.',
  sv: 'Vi delar bara uppgifter med tredje part när det är nödvändigt för att utföra tjänsten.',
  en: 'We share data with third parties where necessary to provide the service.',
};
const HEAD_EN = '# Privacy notice\n\nUpdated 1 February 2026\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, privacy@example.example\n\n## Recipients\n\n';
const SUB: Record<'fi' | 'sv' | 'en', string> = { ...SUBHEADING, en: 'Processors we use' };
const NAMED: Record<'fi' | 'sv' | 'en', string> = { ...LIST, en: '- Server Company Ltd: servers in Finland.\n- Bookkeeping Ltd: bookkeeping.\n' };

describe('a hedge on sharing with third parties, with their list under a subheading', () => {
  it.each(['fi', 'sv', 'en'] as const)('is settled by the list (%s)', async (lang) => {
    const head = lang === 'en' ? HEAD_EN : HEAD[lang];
    const found = await auditText(`${head}${THIRD[lang]}\n\n### ${SUB[lang]}\n\n${NAMED[lang]}`);
    expect(found.filter((d) => d.ruleId === 'vague-language' && d.line === 11)).toEqual([]);
    // With no list after it, the hedge stands.
    const alone = await auditText(`${head}${THIRD[lang]}\n`);
    expect(alone.filter((d) => d.ruleId === 'vague-language' && d.line === 11)).toHaveLength(1);
  });
});
