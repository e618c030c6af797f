/**
 * A tracking tool whose data a published notice calls anonymous, or after which it says the visitor is
 * not tracked identifiably, is reported at that sentence; a shortened IP address, or an own cookieless
 * count, is not.
 */
import { describe, expect, it } from 'vitest';
import { anonymousTrackingFindings } from '../src/audit/anonymous-tracking.js';
import type { Passage } from '../src/audit/passages.js';

const passages = (texts: string[]): Passage[] => texts.map((text, i) => ({ text, line: i + 3, kind: 'cookies', kinds: ['cookies'], sectionLine: 2 }));
const found = (...texts: string[]): string[] => anonymousTrackingFindings(passages(texts)).map((f) => `${f.params['tool']}@${f.line}`);

describe('a tracking tool whose data are called anonymous', () => {
  it.each([
    ['fi', ['Clarity kerää anonymisoitua käyttödataa (sivunäytöt, klikkaukset) palvelun kehittämiseksi.'], ['Clarity@3']],
    ['fi', ['Sivustolla on lisäksi Facebook-pikseli.', 'Kävijätietoja voidaan hyödyntää mainosten kohdentamiseen.', 'Käytännössä tämä tarkoittaa sitä, ettei sinua seurata mitenkään tunnistettavasti.'], ['Facebook-pikseli@5']],
    ['sv', ['Vi samlar in anonym besöksstatistik med Google Analytics.'], ['Google Analytics@3']],
    ['en', ['We use Hotjar to record sessions without identifying you.'], ['Hotjar@3']],
  ])('is reported at the sentence (%s)', (_lang, texts, expected) => {
    expect(found(...texts)).toEqual(expected);
  });

  it.each([
    ['fi', ['Google Analyticsin IP-osoitteen anonymisointi on käytössä.']],
    ['fi', ['Sivustolla on Facebook-pikseli.', 'Mittaamme lisäksi sivuston käyttöä evästeettömästi ja anonyymisti oman järjestelmämme avulla.']],
    ['sv', ['Vi använder Google Analytics med anonymiserade IP-adresser.']],
    ['en', ['We use Google Analytics.', 'The data we keep ourselves are not shared.', 'Your e-mail address is never published anonymously.']],
  ])('is not a shortened IP address or another sentence (%s)', (_lang, texts) => {
    expect(found(...texts)).toEqual([]);
  });
});
