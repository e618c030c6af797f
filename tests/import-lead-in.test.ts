/** A paragraph whose sentence is finished by the list after it ("… oikeusperuste on") leads into that list. */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

describe('a lead-in that ends in its verb', () => {
  it('makes the bases listed after it the bases of the register, not purposes', () => {
    const notice = [
      '# Jäsenrekisterin tietosuojaseloste', '', '## Oikeusperuste ja henkilötietojen käsittelyn tarkoitus', '',
      'EU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste henkilötietojen käsittelylle on', '', '- henkilön suostumus', '- yhdistyslaki 503/1989, 11 §', '',
    ].join('\n');
    const { register } = importNotice(notice, { format: 'markdown' });
    expect(register['legal_bases']).toEqual(['consent']);
    expect(JSON.stringify(register['purposes'] ?? [])).not.toContain('suostumus');
  });

  it('in Swedish and English too', async () => {
    const { isLeadIn } = await import('../src/import/draft/text.js');
    expect(['Den rättsliga grunden för behandlingen är', 'The legal bases of the processing are', 'Käsittelyn perusteet ovat'].map(isLeadIn)).toEqual([true, true, true]);
    expect(['Tiedot säilytetään kaksi vuotta.', 'Vi sparar uppgifterna i två år'].map(isLeadIn)).toEqual([false, false]);
  });
});
