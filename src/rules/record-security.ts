// GDPR Art. 30(1)(g), 32(1): where possible, the record describes the technical and organisational security measures.
import { defineRule } from '../check/rule.js';

export default defineRule(
  {
    id: 'record-security',
    articles: ['Art. 30(1)(g)', 'Art. 32(1)'],
    severity: 'warn',
    description: 'A register kept for the record of processing activities describes its technical and organisational security measures.',
    messages: {
      missing: {
        en: 'The record of this register does not describe its security measures: add `security` (shown in the notice too) or `internal.security` (the record only), a general description of the technical and organisational measures (Art. 30(1)(g), Art. 32(1))',
        fi: 'Tämän rekisterin selosteesta käsittelytoimista puuttuu turvatoimien kuvaus: lisää `security` (näkyy myös tietosuojaselosteessa) tai `internal.security` (vain selosteessa käsittelytoimista), yleinen kuvaus teknisistä ja organisatorisista turvatoimista (30 art. 1 g, 32 art. 1)',
        sv: 'Registret över behandling beskriver inte säkerhetsåtgärderna för detta register: lägg till `security` (visas också i dataskyddsbeskrivningen) eller `internal.security` (endast i registret över behandling), en allmän beskrivning av de tekniska och organisatoriska säkerhetsåtgärderna (artikel 30.1 g, artikel 32.1)',
      },
    },
  },
  ({ register, report }) => {
    // A register is kept for the record once it, or its organisation file, holds internal facts.
    if (!register.internal) return;
    const { manual, electronic } = register.security ?? {};
    if (manual || electronic || register.internal.security) return;
    report([], 'missing');
  },
);
