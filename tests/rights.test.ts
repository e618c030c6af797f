import { describe, expect, it } from 'vitest';
import { composeNotice } from '../src/compose/compose.js';
import { phrases } from '../src/compose/phrases/index.js';
import { deriveFacts, deriveRights } from '../src/resolve/facts.js';
import { LEGAL_BASES, type LegalBasis, type Purpose, type Register } from '../src/types.js';
import { publicRegister } from '../src/resolve/public-register.js';

function register(purposes: Purpose[], extra: Partial<Register> = {}): Register {
  return { id: 'r', name: { fi: 'Rekisteri', en: 'Register' }, updated: '2026-01-15', purposes, ...extra };
}

function rightsFor(basis: LegalBasis, extra: Partial<Purpose> = {}): string[] {
  return deriveRights(register([{ description: { fi: 'x' }, legal_basis: basis, ...extra }])).map((r) => r.right);
}

/** The rights matrix (GDPR Art. 15–21, 7(3), 77) by Art. 6(1) basis. */
const EXPECTED: Record<LegalBasis, string[]> = {
  consent: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'withdraw_consent', 'complaint'],
  contract: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'complaint'],
  legal_obligation: ['access', 'rectification', 'restriction', 'complaint'],
  vital_interests: ['access', 'rectification', 'erasure', 'restriction', 'complaint'],
  public_task: ['access', 'rectification', 'restriction', 'object', 'complaint'],
  legitimate_interests: ['access', 'rectification', 'erasure', 'restriction', 'object', 'complaint'],
};

describe('rights follow the legal bases', () => {
  for (const basis of LEGAL_BASES) {
    it(`${basis}`, () => {
      expect(rightsFor(basis)).toEqual(EXPECTED[basis]);
    });
  }

  it('direct marketing always brings the right to object (Art. 21(2))', () => {
    expect(rightsFor('contract', { direct_marketing: true })).toContain('object');
    expect(rightsFor('legal_obligation', { direct_marketing: true })).toContain('object');
  });

  it('no portability when processing is not automated (Art. 20(1)(b))', () => {
    expect(rightsFor('consent', { automated: false })).not.toContain('portability');
  });

  it('explicit consent to special categories brings withdrawal (Art. 9(2)(a), 7(3))', () => {
    const r = register([{ description: { fi: 'x' }, legal_basis: 'contract' }], { special_categories: [{ category: 'health', condition: 'a' }] });
    expect(deriveRights(r).map((x) => x.right)).toContain('withdraw_consent');
  });

  it('a right that applies to some purposes names them in the notice', () => {
    const r = register([
      { description: { en: 'Orders' }, legal_basis: 'contract' },
      { description: { en: 'Bookkeeping' }, legal_basis: 'legal_obligation' },
    ]);
    const notice = composeNotice(publicRegister(r), deriveFacts(r), phrases['en']!);
    const rights = notice.sections.find((s) => s.id === 'rights')!;
    const text = JSON.stringify(rights.content);
    expect(text).toContain(phrases['en']!.rights.erasure.heading);
    expect(text).toContain(phrases['en']!.rights.portability.heading);
    expect(text).not.toContain(phrases['en']!.rights.object.heading);
    expect(notice.sections.map((s) => s.id)).not.toContain('object');
    expect(notice.sections.map((s) => s.id)).not.toContain('withdraw_consent');
  });

  for (const basis of LEGAL_BASES) {
    it(`the ${basis} notice shows exactly its rights in every language`, () => {
      const r = register([{ description: { fi: 'x', en: 'x', sv: 'x' }, legal_basis: basis }]);
      for (const t of Object.values(phrases)) {
        const notice = composeNotice(publicRegister(r), deriveFacts(r), t);
        const ids = notice.sections.map((s) => s.id);
        expect(ids.includes('withdraw_consent'), `${t.lang} withdraw`).toBe(EXPECTED[basis].includes('withdraw_consent'));
        expect(ids.includes('object'), `${t.lang} object`).toBe(EXPECTED[basis].includes('object'));
        const rights = JSON.stringify(notice.sections.find((s) => s.id === 'rights')!.content);
        for (const right of ['erasure', 'portability'] as const) {
          expect(rights.includes(t.rights[right].heading), `${t.lang} ${right}`).toBe(EXPECTED[basis].includes(right));
        }
      }
    });
  }
});
