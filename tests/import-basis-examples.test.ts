/**
 * A basis in a list of bases with examples of what it covers ("legitimate interests, including fraud
 * prevention, platform security and service improvement"): each example is the basis of the one purpose it
 * names, and of no purpose that only shares a word with it.
 */
import { describe, expect, it } from 'vitest';
import { basisExamples } from '../src/import/recognise/bases.js';
import { importNotice } from '../src/import/import.js';

const NOTICES = {
  en: `# Privacy policy

## Controller

Example Ltd, Street 1, 00100 Helsinki, info@example.fi

## How we use your data

- Provide and manage the rental platform
- Verify user identities and prevent fraud
- Send service and rental updates
- Improve the platform and user experience
- Maintain platform security and detect abuse

## Legal bases

We process personal data under one or more of the following legal bases:

- performance of a contract;
- legitimate interests, including fraud prevention, platform security, dispute handling, and service improvement;
- consent where required.
`,
  fi: `# Tietosuojaseloste

## Rekisterinpitäjä

Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi

## Käyttötarkoitukset

- Vuokrapalvelun tarjoaminen ja hallinta
- Käyttäjien tunnistaminen ja petosten estäminen
- Palvelu- ja vuokrausilmoitusten lähettäminen
- Palvelualustan kehittäminen
- Palvelualustan tietoturvan ylläpito

## Oikeusperusteet

Käsittelemme tietoja seuraavilla perusteilla:

- sopimuksen täytäntöönpano;
- oikeutettu etu, kuten petosten estäminen, tietoturvan ylläpito ja palvelualustan kehittäminen;
- suostumus, kun sitä tarvitaan.
`,
  sv: `# Integritetspolicy

## Personuppgiftsansvarig

Exempel AB, Gatan 1, 111 22 Stockholm, info@exempel.se

## Ändamål

- Tillhandahålla och förvalta uthyrningstjänsten
- Verifiera användare och förhindra bedrägerier
- Skicka meddelanden om bokningar
- Utveckla plattformen
- Upprätthålla säkerheten

## Rättslig grund

Vi behandlar personuppgifter med stöd av följande rättsliga grunder:

- fullgörande av avtal;
- berättigat intresse, såsom att förhindra bedrägerier, upprätthålla säkerheten och utveckla plattformen;
- samtycke när det krävs.
`,
};

const EXPECTED = [undefined, 'legitimate_interests', undefined, 'legitimate_interests', 'legitimate_interests'];

describe('a basis with examples of what it covers', () => {
  it.each(['en', 'fi', 'sv'] as const)('is the basis of the purposes the examples name, and of no other (%s)', (lang) => {
    const purposes = importNotice(NOTICES[lang], { format: 'markdown' }).register['purposes'] as { legal_basis?: string; legitimate_interest?: Record<string, string> }[];
    expect(purposes.map((p) => p.legal_basis)).toEqual(EXPECTED);
    // The interest is what the basis covers, without the word that leads into the list.
    expect(purposes[1]!.legitimate_interest?.[lang]).toMatch(/^(?:fraud|petosten|att förhindra)/u);
  });

  it('is read only after a basis alone', () => {
    expect(basisExamples('legitimate interests, including fraud prevention')).toEqual({ basis: 'legitimate interests', purpose: 'fraud prevention' });
    expect(basisExamples('Consent — e.g., when you sign up for updates.')).toEqual({ basis: 'Consent', purpose: 'e.g., when you sign up for updates' });
    expect(basisExamples('marketing, including newsletters')).toBeUndefined();
  });
});
