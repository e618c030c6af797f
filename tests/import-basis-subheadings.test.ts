/**
 * A section on the legal bases with a subheading per basis, each over the list of the purposes that
 * rest on it ("Contract Performance (Article 6(1)(b) GDPR)", then "Consent (Article 6(1)(a) GDPR)"):
 * each item is a purpose with the basis of its subheading, the consent's too, not a section of its own.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

const NOTICE: Record<Lang, string> = {
  fi: `<h1>Tietosuojaseloste</h1>
<h2>Käsittelyn oikeusperusteet</h2>
<p>Käsittelemme tietojasi seuraavilla perusteilla:</p>
<p><strong>Sopimuksen täytäntöönpano (6 artiklan 1 kohdan b alakohta)</strong></p>
<ul><li>Tilin luominen ja hallinta</li><li>Maksujen käsittely</li></ul>
<p><strong>Oikeutettu etu (6 artiklan 1 kohdan f alakohta)</strong></p>
<ul><li>Palvelun kehittäminen</li><li>Väärinkäytösten estäminen</li></ul>
<p><strong>Suostumus (6 artiklan 1 kohdan a alakohta)</strong></p>
<ul><li>Markkinointiviestit</li><li>Tarkka sijainti</li></ul>
`,
  sv: `<h1>Integritetspolicy</h1>
<h2>Rättslig grund för behandlingen</h2>
<p>Vi behandlar dina uppgifter på följande grunder:</p>
<p><strong>Fullgörande av avtal (artikel 6.1 b)</strong></p>
<ul><li>Skapa och hantera ditt konto</li><li>Hantera betalningar</li></ul>
<p><strong>Berättigat intresse (artikel 6.1 f)</strong></p>
<ul><li>Utveckla tjänsten</li><li>Förebygga missbruk</li></ul>
<p><strong>Samtycke (artikel 6.1 a)</strong></p>
<ul><li>Marknadsföringsutskick</li><li>Exakt position</li></ul>
`,
  en: `<h1>Privacy policy</h1>
<h2>Legal Basis for Processing</h2>
<p>We process your personal information based on the following legal grounds:</p>
<p><strong>Contract Performance (Article 6(1)(b) GDPR)</strong></p>
<ul><li>Creating and managing your account</li><li>Processing payments</li></ul>
<p><strong>Legitimate Interests (Article 6(1)(f) GDPR)</strong></p>
<ul><li>Improving the Service</li><li>Preventing fraud</li></ul>
<p><strong>Consent (Article 6(1)(a) GDPR)</strong></p>
<ul><li>Marketing communications</li><li>Precise location tracking</li></ul>
`,
};

describe('a subheading per basis over its purposes', () => {
  it.each(['fi', 'sv', 'en'] as const)('gives each item the basis of its subheading (%s)', (lang) => {
    const { register } = importNotice(NOTICE[lang], { lang });
    const purposes = (register['purposes'] as { description: Record<string, string>; legal_basis?: string }[]).map((p) => p.legal_basis);
    expect(purposes).toEqual(['contract', 'contract', 'legitimate_interests', 'legitimate_interests', 'consent', 'consent']);
    expect(register['legal_bases']).toBeUndefined();
  });
});
