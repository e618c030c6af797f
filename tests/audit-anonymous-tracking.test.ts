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
    // The sentence before names the tool ("Näiden avulla": with these).
    ['fi', ['Sovellus käyttää Google Firebase Analyticsia ja Firebase Crashlyticsia sovelluksen kehittämiseksi.', 'Näiden avulla kerätään anonyymiä tietoa seuraavista asioista:'], ['Firebase Analyticsia@4']],
    ['sv', ['Vi använder Google Analytics för webbplatsstatistik.', 'Data anonymiseras innan den skickas till Google.'], ['Google Analytics@4']],
    ['en', ['We use Firebase Crashlytics to fix errors.', 'The reports are anonymised.'], ['Crashlytics@4']],
    // The word as a notice misspells it: "anonymeriseras".
    ['sv', ['Vi använder Google Analytics för att utvärdera besökstatistik på hemsidan.', 'Ditt besök anonymeriseras och inga personuppgifter sparas i samband med detta.'], ['Google Analytics@4']],
    // The IP address and more said anonymous: more than a setting of the address.
    ['en', ['We use Hotjar.', 'The IP address and the pages you view are anonymized.'], ['Hotjar@4']],
    // "ip" inside a word ("membership") is no IP address.
    ['en', ['We use Google Analytics to develop our membership (all data it collects are anonymous).'], ['Google Analytics@3']],
  ])('is reported at the sentence (%s)', (_lang, texts, expected) => {
    expect(found(...texts)).toEqual(expected);
  });

  it.each([
    ['fi', ['Google Analyticsin IP-osoitteen anonymisointi on käytössä.']],
    ['fi', ['Sivustolla on Facebook-pikseli.', 'Mittaamme lisäksi sivuston käyttöä evästeettömästi ja anonyymisti oman järjestelmämme avulla.']],
    ['sv', ['Vi använder Google Analytics med anonymiserade IP-adresser.']],
    ['en', ['Hotjar uses cookies to collect data on our users’ behaviour and their devices (in particular device\'s IP address (captured and stored only in anonymized form), device screen size).']],
    ['en', ['We use Google Analytics.', 'The data we keep ourselves are not shared.', 'Your e-mail address is never published anonymously.']],
    // A tool denied before: "ei ole … eikä esimerkiksi Google Analyticsia".
    ['fi', ['Siksi sivustolla ei ole evästebanneria eikä esimerkiksi Google Analyticsia.', 'Kävijämäärät ovat anonyymejä.']],
    ['en', ['We do not use Google Analytics.', 'Visitor counts are anonymous.']],
    // "seuraavista" is "of the following", not tracking: a tool three sentences before is not the one meant.
    ['fi', ['Käytämme Hotjaria.', 'Sivulla on lomake.', 'Lomakkeen tiedot tallennetaan.', 'Tilastot ovat anonyymejä seuraavista syistä.']],
  ])('is not a shortened IP address or another sentence (%s)', (_lang, texts) => {
    expect(found(...texts)).toEqual([]);
  });

  it('is read from the heading of its section where that names the tool', () => {
    const list: Passage[] = [
      { text: 'Google Analytics', line: 2, kind: 'cookies', kinds: ['cookies'], sectionLine: 2, heading: true },
      { text: 'Data anonymiseras innan den skickas till Google.', line: 3, kind: 'cookies', kinds: ['cookies'], sectionLine: 2 },
    ];
    expect(anonymousTrackingFindings(list).map((f) => `${f.params['tool']}@${f.line}`)).toEqual(['Google Analytics@3']);
  });
});

describe('a notice that says no personal data are collected and uses a tracking tool', () => {
  const none = (...texts: string[]): string[] =>
    anonymousTrackingFindings(passages(texts))
      .filter((f) => f.messageId === 'noneYetTracked')
      .map((f) => `${f.params['tool']}@${f.line}`);

  it.each([
    ['fi', ['Kuvari-sovellus ei kerää, tallenna tai jaa mitään henkilötietoja.', 'Sovellus ei vaadi rekisteröitymistä.', 'Sovellus käyttää Firebase Crashlyticsia virheiden korjaamiseen.'], ['Crashlyticsia@3']],
    ['en', ['We use Google Analytics to count visits.', 'We do not collect any personal data.'], ['Google Analytics@4']],
    ['sv', ['Vi samlar inte in några personuppgifter.', 'Webbplatsen använder Microsoft Clarity.'], ['Microsoft Clarity@3']],
  ])('is reported at the denial (%s)', (_lang, texts, expected) => {
    expect(none(...texts)).toEqual(expected);
  });

  it.each([
    ['sv', ['Vi samlar inte in några personuppgifter som du aktivt lämnar.', 'Vi använder Google Analytics.']],
    ['fi', ['Emme kerää mitään henkilötietoja.', 'Emme käytä Google Analyticsia.']],
    ['en', ['We do not collect any personal data.', 'Visits are counted without cookies.']],
    ['fi', ['Emme luovuta mitään henkilötietoja.', 'Käytämme Google Analyticsia.']],
  ])('is not a denial of some data only, of a tool, or of disclosure (%s)', (_lang, texts) => {
    expect(none(...texts)).toEqual([]);
  });
});
