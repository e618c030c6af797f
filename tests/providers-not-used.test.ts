/**
 * A provider named only in a clause that says it is not used is none the register uses; one named
 * beside such a clause, or not used only for one end, is still used. An app store named where the app
 * is offered is no recipient, unless payments go through it or it is the SDK of the same name.
 */
import { describe, expect, it } from 'vitest';
import { providersIn } from '../src/check/providers.js';

const names = (text: string): string[] => providersIn(text).map((p) => p.provider.id).sort();

describe('a provider said not to be used', () => {
  it.each([
    ['Sovellus ei käytä analytiikkaa, Firebasea tai pilvipalvelua.'],
    ['Vi använder inte Firebase eller molntjänster.'],
    ['The app does not use Firebase, analytics or cloud services.'],
    ['Sovellus ei sisällä analytiikka- tai seurantakoodia (kuten Firebase Analytics, Mixpanel, Sentry tms.).'],
    ['Appen innehåller ingen analyskod (som Firebase Analytics).'],
    ['The app contains no analytics or tracking code (such as Firebase Analytics).'],
    ['Sivusto ei tällä hetkellä käytä evästeitä seurantaan tai analytiikkaan (kuten Google Analytics tai Meta Pixel).'],
    ['Webbplatsen använder för närvarande inga cookies för spårning eller webbanalys (såsom Google Analytics, Meta Pixel eller liknande).'],
    ['The site currently uses no cookies for tracking or analytics (such as Google Analytics or the Meta Pixel).'],
    ['Vår webbplats använder inga spårningscookies och ingen webbanalys (t.ex. Google Analytics). Vi samlar inte in besöksstatistik.'],
    ['Sivusto ei käytä seurantaevästeitä eikä analytiikkaa (esim. Google Analytics).'],
  ])('is not one the register names as used: "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Käytämme Google Analyticsia, mutta emme käytä mainosevästeitä.', ['google']],
    ['We do not use advertising cookies, social media plugins, etc. We use Google Analytics to count visits.', ['google']],
    ['Emme käytä markkinointievästeitä, sosiaalisen median liitännäisiä jne. Käytämme Google Analyticsia kävijämäärien seurantaan.', ['google']],
    ['Vi använder Google Analytics men använder inte reklamkakor.', ['google']],
    ['We never use Mailchimp; we use Google Workspace.', ['google']],
    ['Emme käytä Google Analyticsia markkinointiin.', ['google']],
    ['Vi använder inte Google Analytics för marknadsföring.', ['google']],
    ['We do not use Google Analytics for advertising.', ['google']],
    ['Cookies that are not strictly necessary use Google Analytics to measure traffic.', ['google']],
    ['We do not use your personal data for marketing purposes (such as Facebook or Google Ads) without your consent.', ['google', 'meta']],
  ])('beside a clause that denies something else, or not used for one end only, is still used: "%s"', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a link out to another service\'s own site', () => {
  it.each([
    ['Linkit ulkoisiin palveluihin, kuten Facebookiin, vievät niiden omille sivuilleen, joilla on omat tietosuojaselosteensa.', []],
    ['Länkar till externa tjänster som Facebook leder till deras egna webbplatser med egna integritetspolicyer.', []],
    ['Links to outside services such as Facebook lead to their own websites with their own privacy policies.', []],
    ['Käytämme Facebookin linkkejä markkinointiin.', ['meta']],
    ['We use Google Analytics, which processes data under its own privacy policy (link: https://policies.google.com/privacy).', ['google']],
  ])('"%s"', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('an app store', () => {
  it.each([
    ['Sovelluksen ikäluokitus määritetään Google Play Consolessa.', []],
    ['Appens åldersgräns anges i Google Play Console.', []],
    ['The app is free on Google Play.', []],
    ['Maksut käsitellään Google Playn kautta.', ['google']],
    ['Prenumerationen betalas via Google Play.', ['google']],
    ['The app uses Google Play Services for notifications.', ['google']],
  ])('"%s"', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
