/**
 * A use said after "kan" with its end named by a noun ("… kan även komma att använda lagrade
 * personuppgifter för statistik, marknadsundersökningar …") is a purpose sentence; a denial of such a use
 * ("Webbplatsen använder inga egna kakor för analys, statistik eller marknadsföring") is none.
 */
import { describe, expect, it } from 'vitest';
import { isPurposeSentence } from '../src/import/recognise/purpose-prose.js';

describe('a use for an end named by a noun', () => {
  it('is a purpose sentence', () => {
    expect(isPurposeSentence('Exempel AB kan även komma att använda lagrade personuppgifter för statistik, marknadsundersökningar och kundanalyser.')).toBe(true);
    expect(isPurposeSentence('Vi kan använda uppgifterna för analys av hur webbplatsen används.')).toBe(true);
  });

  it('is none where it is denied', () => {
    expect(isPurposeSentence('Webbplatsen använder inga egna kakor för analys, statistik eller marknadsföring.')).toBe(false);
    expect(isPurposeSentence('Vi använder inga uppgifter för statistik.')).toBe(false);
    expect(isPurposeSentence('Du kan använda din rätt till rättelse genom att kontakta oss.')).toBe(false);
    expect(isPurposeSentence('Vi använder uppgifterna för fakturering och ingen annan får tillgång till dem.')).toBe(true);
  });
});
