/**
 * An app that keeps what it stores on the user's own device: the notice is asked only what is asked of
 * one that says no data reach its publisher, though it says the data are processed on the device,
 * names a provider only as one it does not use, foresees analytics it may add later, names the app
 * store where its age rating is set, and says the data can be deleted by removing the app.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES = {
  fi: [
    '# Tietosuojaseloste', '', 'Päivitetty 7.9.2026. Esimerkki Oy, info@esimerkki.fi', '',
    'Sovellus tallentaa käyttötiedot käyttäjän omalle laitteelle.', '',
    'Valittu kuva käsitellään paikallisesti käyttäjän laitteella.', '',
    'Sovellus ei käytä analytiikkaa, Firebasea, mainos-SDK:ta tai pilvipalvelua.', '',
    'Selostetta päivitetään, jos sovellukseen myöhemmin lisätään analytiikkaa.', '',
    'Sovelluksen ikäluokitus määritetään Google Play Consolessa.', '',
    'Kaikki tiedot voidaan poistaa myös poistamalla sovellus.',
  ],
  sv: [
    '# Integritetspolicy', '', 'Uppdaterad 7.9.2026. Exempel Ab, info@exempel.fi', '',
    'Appen sparar uppgifterna på din egen enhet.', '',
    'En bild du väljer behandlas lokalt på enheten.', '',
    'Vi använder inte Firebase, analysverktyg eller molntjänster.', '',
    'Policyn uppdateras om statistik läggs till i framtiden.', '',
    'Appens åldersgräns anges i Google Play Console.', '',
    'Alla uppgifter kan raderas genom att avinstallera appen.',
  ],
  en: [
    '# Privacy policy', '', 'Updated 7 September 2026. Kiekko Apps Ltd, info@kiekkoapps.fi', '',
    'Your data are stored on your own device.', '',
    'A photo you pick is processed locally on the device.', '',
    'The app does not use Firebase, analytics or cloud services.', '',
    'We will update this notice if analytics are added in the future.', '',
    'The age rating of the app is set in the Google Play Console.', '',
    'All data may be deleted by uninstalling the app.',
  ],
};

describe('an app that keeps its data on the user\'s own device', () => {
  it.each(Object.entries(NOTICES))('is asked nothing more of it (%s)', async (_lang, lines) => {
    const found = await auditText(`${lines.join('\n')}\n`);
    expect(found.map((f) => `${f.line} ${f.ruleId}`)).toEqual([]);
  });
});

const COOKIE_DEFINED = {
  fi: ['# Tietosuojaseloste', '', 'Päivitetty 7.9.2026. Esimerkki Oy, info@esimerkki.fi', '', 'Evästeet ovat pieniä tekstitiedostoja, jotka selain tallentaa käyttäjän omalle laitteelle.', '', 'Jos tilaat uutiskirjeen, sähköpostiosoitteesi lisätään postituslistalle.', '', 'Google Analytics tallentaa laitteellesi evästeen kävijämäärien seurantaan.'],
  sv: ['# Integritetspolicy', '', 'Uppdaterad 7.9.2026. Exempel Ab, info@exempel.fi', '', 'Kakor är små textfiler som sparas på din egen enhet.', '', 'Om du prenumererar på nyhetsbrevet läggs din e-postadress till i listan.', '', 'Google Analytics sparar en kaka på din enhet för besöksstatistik.'],
  en: ['# Privacy policy', '', 'Updated 7 September 2026. Kiekko Apps Ltd, info@kiekkoapps.fi', '', 'Cookies are small text files stored on your own device.', '', 'If you subscribe to the newsletter, your e-mail address is added to our list.', '', 'Google Analytics sets a cookie on your device to count visits.'],
};

describe('a site that defines cookies as files kept on the user\'s own device', () => {
  it.each(Object.entries(COOKIE_DEFINED))('is read as any other notice (%s)', async (_lang, lines) => {
    const found = await auditText(`${lines.join('\n')}\n`);
    expect(found.some((f) => f.ruleId === 'legal-basis' || f.ruleId === 'right-missing')).toBe(true);
  });
});

