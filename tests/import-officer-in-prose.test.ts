/**
 * The DPO named in a sentence of the controller's own part, with one address ("If you have questions … you may
 * contact the Data Protection Officer at dpo@… and if you have complaints … submit these to IMY"): the address is
 * the officer's; the authority named after it, in a clause of its own, is not whose it is.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const NOTICES = {
  en: '<h1>Privacy Policy</h1>\n<p>Example University is the Controller of the processing of personal information, which is based on your consent.</p>\n<p>If you have questions about the processing you may contact the Data Protection Officer at dpo@example.se and if you have complaints you may submit these to the Swedish Authority for Privacy Protection (IMY).</p>\n',
  fi: '<h1>Tietosuojaseloste</h1>\n<p>Esimerkki-yliopisto on henkilötietojen käsittelyn rekisterinpitäjä, ja käsittely perustuu suostumukseesi.</p>\n<p>Käsittelyä koskevissa kysymyksissä voit ottaa yhteyttä tietosuojavastaavaan osoitteessa dpo@example.fi, ja valitukset voit tehdä tietosuojavaltuutetulle.</p>\n',
  sv: '<h1>Integritetspolicy</h1>\n<p>Exempeluniversitetet är personuppgiftsansvarig för behandlingen, som grundar sig på ditt samtycke.</p>\n<p>Vid frågor om behandlingen kan du kontakta dataskyddsombudet på dpo@example.se, och klagomål kan du lämna till Integritetsskyddsmyndigheten.</p>\n',
};

describe('the DPO in a sentence of the controller’s part', () => {
  it.each(Object.entries(NOTICES))('is given the address the sentence gives (%s)', (_lang, text) => {
    const { register } = importNotice(text, { format: 'html' });
    expect(register['dpo']).toEqual({ email: expect.stringMatching(/^dpo@example\.(?:se|fi)$/u) });
  });

  it('is not given an address the authority is named before', () => {
    const text = NOTICES.en.replace('you may contact the Data Protection Officer at dpo@example.se and if you have complaints you may submit these to the Swedish Authority for Privacy Protection (IMY)', 'you may contact the Data Protection Officer or Integritetsskyddsmyndigheten at imy@imy.se');
    expect(importNotice(text, { format: 'html' }).register['dpo']).toBeUndefined();
  });
});

describe('the authority’s address written otherwise than it is read', () => {
  it('is not the DPO’s', () => {
    const text = '<h1>Privacy Policy</h1>\n<p>Example University is the Controller of the processing of personal information.</p>\n<p>You may complain to the Data Protection Ombudsman at tietosuoja (at) om.fi, or ask our data protection officer first.</p>\n';
    expect(importNotice(text, { format: 'html' }).register['dpo']).toBeUndefined();
  });
});
