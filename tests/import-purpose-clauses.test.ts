/**
 * A purpose said in a sentence that goes on, in a clause of its own, to how long the data are kept
 * ("…, och sparar dem inte längre än …"): the purpose is said, and a law that only sets the time ("så
 * länge bokföringslagen kräver") is not its basis. Data used from a provider ("käyttää ulkopuolisen
 * palveluntarjoajan tietoja") make the provider a source, not a recipient.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

const KEPT: [Lang, string][] = [
  ['sv', '# Integritetspolicy\n\n## Tårtbeställningar\n\nVi använder uppgifterna bara för att hantera och bekräfta din beställning, och sparar dem inte längre än vad som behövs för det – eller så länge bokföringslagen kräver för köp.\n'],
  ['en', '# Privacy policy\n\n## Cake orders\n\nWe use the data only to handle and confirm your order, and we do not keep them longer than that needs – or as long as the Accounting Act requires for purchases.\n'],
  ['fi', '# Tietosuojaseloste\n\n## Tilaukset\n\nKäytämme tietoja vain tilauksen käsittelyyn, eikä niitä säilytetä pidempään kuin on tarpeen – tai niin kauan kuin kirjanpitolaki edellyttää.\n'],
];

describe('a purpose beside a clause on how long data are kept', () => {
  it.each(KEPT)('is a purpose, and the law of the time is not its basis (%s)', (lang, text) => {
    const purposes = importNotice(text, { lang }).register['purposes'] as Record<string, unknown>[] | undefined;
    expect(purposes?.length).toBe(1);
    expect(purposes![0]!['legal_basis']).toBeUndefined();
  });

  it('a purpose denied in its own clause is none', () => {
    const text = '# Integritetspolicy\n\n## Marknadsföring\n\nVi använder inte uppgifterna för att skicka reklam, och vi säljer dem aldrig.\n';
    expect(importNotice(text, { lang: 'sv' }).register['purposes']).toBeUndefined();
  });
});

describe('data used from a provider', () => {
  it('make the provider no recipient', () => {
    const text = '# Rekisteriseloste\n\n## Tietolähteet\n\nTiedot saadaan jäseniltä itseltään. Yhteystietojen päivittämiseen voidaan käyttää myös ulkopuolisen palveluntarjoajan tietoja.\n';
    expect(importNotice(text, { lang: 'fi' }).register['recipients']).toBeUndefined();
  });

  it('but a provider the controller uses is one', () => {
    const text = '# Rekisteriseloste\n\n## Tietojen käsittely\n\nYhdistys käyttää ulkopuolista palveluntarjoajaa jäsenrekisterin ylläpitoon.\n';
    expect(importNotice(text, { lang: 'fi' }).register['recipients']).toBeDefined();
  });
});
