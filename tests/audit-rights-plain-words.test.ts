/**
 * Rights a notice states in plain words outside a section about them (written for these tests): what the
 * person "would like" done, what "has been registered about" them, the data to download in a machine-readable
 * format, wrong data changed, a copy asked for, what members wish to know, consent withdrawn by a way the
 * sentence names; and words that only look like a right ("objectives" is no objection).
 */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../src/audit/passages.js';
import { rightsStated } from '../src/audit/rights-stated.js';
import type { StatedRight } from '../src/audit/rights-words.js';

/** A sentence of a notice's running text, not of a part headed as the rights. */
const prose = (text: string): Passage => ({ text, line: 1, kind: 'front', kinds: ['front'], sectionLine: 1 });
const stated = (text: string): StatedRight[] => [...rightsStated([prose(text)]).stated.keys()].sort();

describe('rights said in plain words', () => {
  it.each([
    ['The same address applies if you would like to find out what has been registered about you.', 'access'],
    ['Write to us if you would like to have errors corrected.', 'rectification'],
    ['Write to us if you would like to have information erased.', 'erasure'],
    ['Write to us if you would like to have processing restricted.', 'restriction'],
    ['You can download the data in a machine-readable format.', 'portability'],
    ['Du kan ladda ner uppgifterna i ett maskinläsbart format.', 'portability'],
    ['Voit ladata tiedot koneluettavassa muodossa.', 'portability'],
    ['Rekisteröidyllä on oikeus vaatia virheellisten tietojen muutosta.', 'rectification'],
    ['Rekisterissä olevalla henkilöllä on oikeus nähdä hänestä rekisteriin talletetut tiedot.', 'access'],
    ['Du har rätt att begära ut en kopia av de uppgifter vi har om dig.', 'access'],
    ['Om medlemmar önskar veta vilka uppgifter vi har lagrade om dem kan de höra av sig till oss.', 'access'],
    ['Du återkallar samtycket genom att radera ditt konto.', 'withdraw_consent'],
  ] as [string, StatedRight][])('%s → %s', (text, right) => {
    expect(stated(text)).toContain(right);
  });

  it('does not take what is only near a right for one', () => {
    expect(stated('We store the data in a machine-readable format.')).not.toContain('portability');
    expect(stated('Om vi önskar veta mer kontaktar vi dig.')).toEqual([]);
    expect(stated('The right to erasure does not apply where it impairs the objectives of the research.')).not.toContain('object');
  });
});
