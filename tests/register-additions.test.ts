import { describe, expect, it } from 'vitest';
import { composeNotice } from '../src/compose/compose.js';
import { phrases } from '../src/compose/phrases/index.js';
import { noticeToMdast } from '../src/compose/to-mdast.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { deriveFacts } from '../src/resolve/facts.js';
import type { Register } from '../src/types.js';
import { publicRegister } from '../src/resolve/public-register.js';

/** What a faithful register of a real notice may say, beyond the usual. */
const REGISTER: Register = {
  id: 'pelaajat',
  name: { fi: 'Pelaajat', en: 'Players', sv: 'Spelare' },
  updated: '2026-01-15',
  controller: {
    name: 'Peli Ltd',
    registration: { number: 'C 12345', register: { fi: 'Maltan kaupparekisteri', en: 'Malta Business Registry', sv: 'Maltas handelsregister' }, country: 'MT' },
    country: 'MT',
    email: 'privacy@peli.example',
  },
  legal_bases: ['consent', 'contract'],
  purposes: [{ description: { fi: 'Pelitilit', en: 'Game accounts', sv: 'Spelkonton' } }],
  children: { age_limit: 13, parental_consent: { fi: 'Huoltaja hyväksyy tilin.', en: 'A parent approves the account.', sv: 'En vårdnadshavare godkänner kontot.' } },
  sources: [{ type: 'guardian' }],
  retention: [{ period: 'PT48H' }, { period: 'P1DT12H' }],
  rights: { restrictions: [{ right: 'access', law: { fi: 'Tietosuojalaki 34 §', en: 'Data Protection Act, section 34', sv: 'Dataskyddslagen 34 §' }, reason: { fi: 'Toisen oikeudet.', en: 'Rights of others.', sv: 'Andras rättigheter.' } }] },
};

function markdown(lang: string): string {
  const t = phrases[lang]!;
  return renderMarkdown(noticeToMdast(composeNotice(publicRegister(REGISTER), deriveFacts(REGISTER), t), t));
}

describe('what real notices say, in the notice', () => {
  const expected: Record<string, string[]> = {
    fi: ['48 tuntia', '1 päivä ja 12 tuntia', 'Huoltaja', 'Yritystunnus: C 12345 (Maltan kaupparekisteri, Malta)', 'Käsittelyn oikeusperusteet', 'Lapsen omaa suostumusta pyydetään 13 vuotta täyttäneeltä.', 'Huoltajan suostumus', 'Säädös: Tietosuojalaki 34 §. Toisen oikeudet.'],
    en: ['48 hours', '1 day and 12 hours', 'Parent or guardian', 'Company registration number: C 12345 (Malta Business Registry, Malta)', 'Legal bases of the processing', 'A child’s own consent is asked from the age of 13.', 'Consent of the holder of parental responsibility', 'Law: Data Protection Act, section 34. Rights of others.'],
    sv: ['48 timmar', '1 dag och 12 timmar', 'Vårdnadshavare', 'Registreringsnummer: C 12345 (Maltas handelsregister, Malta)', 'Rättslig grund för behandlingen', 'Barnets eget samtycke begärs från 13 års ålder.', 'Samtycke från den som har föräldraansvar för barnet', 'Författning: Dataskyddslagen 34 §. Andras rättigheter.'],
  };
  for (const [lang, phrasesShown] of Object.entries(expected)) {
    it(`says it in ${lang}`, () => {
      const text = markdown(lang).replace(/\*\*|\\/g, '');
      for (const phrase of phrasesShown) expect(text, phrase).toContain(phrase);
    });
  }

  it('gives bases listed for the whole register their rights', () => {
    const rights = deriveFacts(REGISTER).rights.map((r) => r.right);
    expect(rights).toContain('withdraw_consent');
    expect(rights).toContain('portability');
  });
});
