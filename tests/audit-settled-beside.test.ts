/**
 * Findings on the draft that the notice settles beside the sentence they stand at: a recipient said by
 * its kind after the parties it speaks of are named in its paragraph, and offence data in a sentence
 * that cites the law allowing them.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const HEAD: Record<'fi' | 'sv', string> = {
  fi: '# Tietosuojaseloste\n\nPäivitetty 1.2.2026\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example\n\n## Tietojen luovutus\n\n',
  sv: '# Integritetspolicy\n\nUppdaterad 1.2.2026\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.example\n\n## Mottagare\n\n',
};
/** The paragraph: the parties named, then their kind (English words it as what the parties do, which is no kind alone). */
const PARAGRAPH: Record<'fi' | 'sv', [string, string]> = {
  fi: ['Maksut välitetään MobilePayn tai Stripen kautta.', 'Ulkoiset palveluntarjoajat käsittelevät maksutietoja omien tietosuojaselosteidensa mukaisesti.'],
  sv: ['Betalningar förmedlas via MobilePay eller Stripe.', 'Externa leverantörer behandlar uppgifterna enligt sina egna villkor.'],
};

const kindOnly = (found: { ruleId: string; message: string }[]) => found.filter((d) => d.ruleId === 'recipients' && /names only the kind|nimeää vain|anger bara/u.test(d.message));

describe('a recipient said by its kind, after the parties are named in its paragraph', () => {
  it.each(['fi', 'sv'] as const)('is settled (%s)', async (lang) => {
    const [named, kind] = PARAGRAPH[lang];
    expect(kindOnly(await auditText(`${HEAD[lang]}${kind}\n`))).toHaveLength(1);
    expect(kindOnly(await auditText(`${HEAD[lang]}${named} ${kind}\n`))).toEqual([]);
  });

  it.each(['fi', 'sv'] as const)('is not settled by parties named after it (%s)', async (lang) => {
    const [named, kind] = PARAGRAPH[lang];
    expect(kindOnly(await auditText(`${HEAD[lang]}${kind}\n\n${named}\n`))).toHaveLength(1);
  });
});

describe('offence data in a sentence that cites the law allowing them', () => {
  const TEXT =
    '# Tietosuojaseloste\n\nPäivitetty 1.2.2026\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example\n\n## Käyttötarkoitus\n\nAsiakassuhteen hoitaminen. ';
  const criminal = (found: { ruleId: string; message: string }[]) => found.filter((d) => d.ruleId === 'special-category-condition' && /rikoksen/u.test(d.message));

  it('is settled', async () => {
    const cited = 'Rahanpesulain (444/2017) 3 luvun 3 §:n mukaisesti asiakkaan tuntemistietoja voidaan käyttää rikoksen selvittämiseen.\n';
    expect(criminal(await auditText(`${TEXT}${cited}`))).toEqual([]);
  });

  it('is not settled where the sentence cites no law', async () => {
    const bare = 'Asiakkaan tuntemistietoja voidaan käyttää rikoksen selvittämiseen.\n';
    expect(criminal(await auditText(`${TEXT}${bare}`))).toHaveLength(1);
  });
});
