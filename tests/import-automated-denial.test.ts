/** "Emme tee profilointia": a denial of automated decisions anywhere in a notice without a section on them. */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const notice = (sentence: string): string => `# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, tietosuoja@esimerkki.fi\n\n## Käsittelyn tarkoitus\n\nTilausten toimittaminen. ${sentence}\n`;

describe('automated decisions denied in passing', () => {
  it('give `automated_decisions: none`', () => {
    expect(importNotice(notice('Emme tee sinua koskevia profilointeja ja automaattisia päätöksiä.'), { format: 'markdown' }).register['automated_decisions']).toBe('none');
  });

  it.each([
    'We are not using personal data for automated decision making nor profiling.',
    'We never use your data for automated decisions or profiling.',
    "We don't make automated decisions about you.",
  ])('give `automated_decisions: none` on "%s"', (sentence) => {
    expect(importNotice(notice(sentence), { format: 'markdown' }).register['automated_decisions']).toBe('none');
  });

  it('where another sentence denies profiling far into it, with "emmekä"', () => {
    const text = notice('Emme tee automaattista päätöksentekoa. Emme seuraa kävijöitä sivustolta toiselle emmekä luovuta kävijätietoja mainosverkostoille profilointia varten.');
    expect(importNotice(text, { format: 'markdown' }).register['automated_decisions']).toBe('none');
  });

  it('not when the notice says elsewhere that it profiles', () => {
    const text = notice('Emme tee automaattisia päätöksiä.').replace('Tilausten toimittaminen.', 'Tilausten toimittaminen. Profiloimme asiakkaita markkinointia varten.');
    expect(importNotice(text, { format: 'markdown' }).register['automated_decisions']).toBeUndefined();
  });
});

describe('the right to object to profiling', () => {
  it('is no statement that profiling happens', () => {
    const text = notice('Uppgifterna kommer inte att utsättas för automatiserat beslutsfattande.').replace(
      '## Käsittelyn tarkoitus',
      '## Dina rättigheter\n\nDu har också rätt att motsätta dig automatiskt beslutsfattande och profilering.\n\n## Käsittelyn tarkoitus',
    );
    expect(importNotice(text, { format: 'markdown' }).register['automated_decisions']).toBe('none');
  });
});
