import { describe, expect, it } from 'vitest';
import { composeNotice } from '../src/compose/compose.js';
import { formatPoBox } from '../src/compose/format.js';
import { phrases } from '../src/compose/phrases/index.js';
import { noticeToMdast } from '../src/compose/to-mdast.js';
import { adequacyNote } from '../src/compose/transfer-notes.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { deriveFacts } from '../src/resolve/facts.js';
import type { LegalBasis, Register, TransferMechanism } from '../src/types.js';
import { publicRegister } from '../src/resolve/public-register.js';

const t = (lang: string) => phrases[lang]!;

/** A register whose purposes rest on these bases, named in all three languages. */
function register(bases: LegalBasis[], extra: Partial<Register> = {}): Register {
  return {
    id: 'r',
    name: { fi: 'Rekisteri', en: 'Register', sv: 'Register' },
    updated: '2026-01-15',
    created: '2025-06-01',
    purposes: bases.map((legal_basis, i) => ({ description: { fi: `Tarkoitus ${i + 1}`, en: `Purpose ${i + 1}`, sv: `Ändamål ${i + 1}` }, legal_basis })),
    ...extra,
  };
}

/** The notice as Markdown, without bold marks, escapes and character references, so that phrases are found as a reader sees them. */
function markdown(r: Register, lang: string): string {
  return renderMarkdown(noticeToMdast(composeNotice(publicRegister(r), deriveFacts(r), t(lang)), t(lang)))
    .replace(/\*\*|\\/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

describe('the generated prose', () => {
  it('states a response time of up to 28 days as always within the month, a longer one as a target beside it', () => {
    const within = register(['contract'], { rights: { response_days: 28 } });
    const longer = register(['contract'], { rights: { response_days: 29 } });
    expect(markdown(within, 'fi')).toContain('Pyrimme vastaamaan 28 päivän kuluessa eli aina lakisääteisen kuukauden määräajan kuluessa.');
    expect(markdown(longer, 'fi')).toContain('Pyrimme vastaamaan 29 päivän kuluessa; lakisääteinen enimmäisaika on kuukausi, jota voidaan jatkaa edellä kerrotusti.');
    expect(markdown(within, 'en')).toContain('We aim to respond within 28 days, which is always within the statutory time limit of one month.');
    expect(markdown(longer, 'sv')).toContain('Vi strävar efter att svara inom 29 dagar; den lagstadgade tidsfristen är en månad');
    expect(markdown(register(['contract']), 'fi')).not.toContain('Pyrimme vastaamaan');
  });

  it('lists the purposes a right applies to, or the one it does not apply to', () => {
    const some = markdown(register(['contract', 'legal_obligation', 'legal_obligation']), 'fi');
    expect(some).toContain('Oikeus koskee käsittelyä seuraavassa tarkoituksessa:\n\n- Tarkoitus 1\n');
    const allButOne = markdown(register(['contract', 'contract', 'consent', 'legal_obligation']), 'en');
    expect(allButOne).toContain('The right does not apply to processing for the following purpose:\n\n- Purpose 4\n');
    expect(allButOne).not.toContain('applies to processing for the following purposes');
    const two = markdown(register(['contract', 'consent', 'legal_obligation']), 'sv');
    expect(two).toContain('Rätten gäller behandling för följande ändamål:\n\n- Ändamål 1\n- Ändamål 2\n');
  });

  it('names an Art. 9 condition by its point, and the ground of the personal identity code', () => {
    const r = register(['legal_obligation'], { special_categories: [{ category: 'health', condition: 'g' }], personal_identity_code: { ground: 'law' } });
    expect(markdown(r, 'fi')).toContain('Käsittelyperuste (9 artiklan 2 kohdan g alakohta): Tärkeää yleistä etua koskeva syy');
    expect(markdown(r, 'en')).toContain('Condition under Art. 9(2)(g): Reasons of substantial public interest');
    expect(markdown(r, 'sv')).toContain('Villkor enligt artikel 9.2 g: Viktigt allmänt intresse');
    expect(markdown(r, 'fi')).toContain('Peruste: Henkilötunnuksen käsittelystä säädetään laissa');
    expect(markdown(r, 'sv')).toContain('Grund: Det föreskrivs om behandlingen i lag');
  });

  it('counts a retention period from its event without inflecting the author’s words, and ends the item as a sentence', () => {
    const r = register(['contract'], { retention: [{ period: 'P3Y', trigger: { fi: 'asiakassuhteen päättyminen', en: 'the end of the customer relationship', sv: 'kundförhållandets slut' } }] });
    expect(markdown(r, 'fi')).toContain('3 vuotta. Aika lasketaan tapahtumasta: asiakassuhteen päättyminen.\n');
    expect(markdown(r, 'en')).toContain('3 years from the end of the customer relationship.\n');
    expect(markdown(r, 'sv')).toContain('3 år från kundförhållandets slut.\n');
  });

  it('gives each purpose of the first layer its basis, and the links under the lists', () => {
    const fi = markdown(register(['contract', 'consent']), 'fi');
    expect(fi).toMatch(/- Tarkoitus 1 – oikeusperuste: sopimuksen täytäntöönpano\n- Tarkoitus 2 – oikeusperuste: suostumus\n\n\[Lue lisää käsittelyn tarkoituksista\]\(#\d+-käsittelyn-tarkoitukset-ja-oikeusperusteet\)/);
    expect(fi).toMatch(/\[Lue lisää oikeuksistasi\]\(#\d+-rekisteröidyn-oikeudet\)/);
    expect(fi).toContain('Päivitetty 15.1.2026. Laadittu 1.6.2025.\n');
    expect(markdown(register(['contract']), 'sv')).toContain('- Ändamål 1 – rättslig grund: fullgörande av avtal\n');
    expect(markdown(register(['contract']), 'en')).toContain('Updated 15 January 2026. First published 1 June 2025.\n');
    expect(markdown(register(['contract'], { created: '2026-01-15' }), 'sv')).toMatch(/\n\nUpprättad 15 januari 2026\.\n/);
  });

  it('puts a named source in its label and its description after one colon', () => {
    const r = register(['contract'], { sources: [{ type: 'organisation', name: 'Kassavirta Oy', description: { fi: 'Maksun tila.', en: 'Payment status.', sv: 'Betalningsstatus.' } }, { type: 'public', name: 'YTJ' }] });
    expect(markdown(r, 'fi')).toContain('- Muu yritys tai yhteisö – Kassavirta Oy: Maksun tila.\n- Julkisesti saatavilla olevat lähteet: YTJ\n');
    expect(markdown(r, 'en')).toContain('- Another company or organisation – Kassavirta Oy: Payment status.\n');
  });
});

describe('a Finnish post office box', () => {
  it('is written in the notice’s language', () => {
    expect(formatPoBox('PL 20', t('sv'))).toBe('PB 20');
    expect(formatPoBox('PL 20', t('en'))).toBe('P.O. Box 20');
    expect(formatPoBox('PB 20', t('fi'))).toBe('PL 20');
    expect(formatPoBox('20', t('fi'))).toBe('PL 20');
  });

  it('but a box abroad as its own country writes it', () => {
    expect(formatPoBox('Box 8114', t('fi'), 'SE')).toBe('Box 8114');
  });
});

describe('the adequacy decision beside a transfer', () => {
  const note = (country: string, mechanism: TransferMechanism, lang: string): string | undefined => adequacyNote({ country, mechanism }, t(lang));

  it('is named by its number, as each language writes acts of the Community', () => {
    expect(note('CH', 'adequacy', 'fi')).toBe('Komission päätös 2000/518/EY.');
    expect(note('CH', 'adequacy', 'sv')).toBe('Kommissionens beslut 2000/518/EG.');
    expect(note('JP', 'adequacy', 'en')).toBe('Commission Decision (EU) 2019/419.');
  });

  it('is left out where the data has no number for it', () => {
    expect(note('BR', 'adequacy', 'en')).toBeUndefined();
  });

  it('is said to be absent for a transfer on another ground, unless a decision covers the whole country', () => {
    expect(note('IN', 'standard_contractual_clauses', 'fi')).toBe('Vastaanottaja ei kuulu komission riittävyyspäätöksen piiriin.');
    expect(note('US', 'standard_contractual_clauses', 'en')).toBe('The recipient is not covered by an adequacy decision of the Commission.');
    expect(note('CH', 'standard_contractual_clauses', 'en')).toBeUndefined();
    expect(note('US', 'data_privacy_framework', 'en')).toBeUndefined();
  });
});
