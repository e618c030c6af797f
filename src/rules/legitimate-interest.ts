// GDPR Art. 13(1)(d), 14(2)(b): under Art. 6(1)(f) the notice names the specific legitimate interest pursued.
import { defineRule } from '../check/rule.js';
import { textValues } from '../check/text.js';
import { onlyWords, wordSet } from '../check/words.js';

/**
 * Words that name no interest at all: "asiakassuhde", "liiketoiminnan harjoittaminen", "oikeutettu etu",
 * "customer relationship", "att kunna behandla personuppgifterna för nedan angivna ändamål" (WP260 Annex:
 * the specific interest must be identified).
 */
const isGeneric = wordSet([
  // fi
  'asiakassuh*', 'asiakkuu*', 'asiakas', 'asiakkaa*', 'asiakkai*', 'liiketoimin*', 'oikeutet*', 'etu', 'edu*', 'etuj*', 'rekisterinpitäjä*',
  'yritykse*', 'yritys', 'hoitami*', 'hoito', 'ylläpi*', 'olemassa', 'oleva*', 'välinen', 'välise*', 'ja', 'sekä', 'tai',
  'yhteydenpi*', 'yhteydenot*', 'yhteyde*', 'kehittämi*', 'kehittä*', 'toiminna*', 'toimint*', 'etumme', 'on', 'meidän', 'rekisteröi*',
  'palvelu*', 'kanssa', 'esim', 'esim.', 'esimerkiksi', 'työsuh*', 'jäsenyy*', 'jäsenyyt*',
  // Running the business, serving or informing customers: "liiketoiminnan harjoittaminen", "asiakaspalvelu", "asiakasviestintä".
  'harjoitta*', 'asiakaspalvel*', 'asiakasviest*', 'viestin*',
  // Processing the data for the purposes said: "käsitellä henkilötietoja alla mainittuihin tarkoituksiin".
  'käsitel*', 'käsittel*', 'käsittely*', 'henkilötie*', 'tietoj*', 'tarkoitu*', 'alla', 'edellä', 'mainit*', 'kuvattu*', 'kuvatu*', 'sinun',
  // Handling members' affairs: "jäsenhakemus ja jäsenasioiden hoitaminen".
  'jäsenhakemu*', 'jäsenasi*', 'jäsenasioi*',
  // en
  'customer*', 'client*', 'relationship*', 'business*', 'legitimate', 'interest*', 'our', 'the', 'of', 'a', 'an', 'and', 'or',
  'controller*', 'company', 'managing', 'management', 'maintaining', 'existing', 'with',
  'connection', 'contact', 'communication*', 'development', 'developing', 'us', 'in', 'is', 'to', 'service', 'services', 'operations',
  'e.g', 'e.g.', 'eg', 'example', 'for', 'such', 'as', 'employment', 'membership',
  'running', 'conduct*', 'carrying', 'out', 'process*', 'personal', 'data', 'purpose*', 'below', 'above', 'stated', 'listed', 'described', 'your',
  // sv
  'kundrelation*', 'kundförhållande*', 'kund*', 'affärsverksamhet*', 'berättigat', 'berättigade', 'intresse*', 'vår', 'vårt',
  'den', 'det', 'och', 'eller', 'personuppgiftsansvarig*', 'företag*',
  'kontakt*', 'kommunikation*', 'utveckl*', 'oss', 'med', 'är', 'verksamhet*', 'tjänst*', 'av', 'för', 'till',
  't.ex', 't.ex.', 'exempel', 'anställning*', 'medlemskap*',
  'bedriv*', 'kundservice', 'kundtjänst', 'att', 'kunna', 'behandl*', 'personuppgift*', 'uppgift*', 'ändamål*', 'nedan', 'ovan', 'angiv*', 'nämn*', 'beskriv*',
  'din', 'dina', 'ditt', 'medlemsansök*', 'medlemsärend*',
]);

/**
 * A purpose that is the controller's own direct marketing and nothing else ("Suoramarkkinointi olemassa oleville
 * asiakkaille", "Direct marketing to existing customers"): the purpose names the interest (recital 47). Not data given
 * to partners for their marketing, nor profiling for it, nor direct marketing beside another aim: their interest is
 * still to be said. What follows a dash or a semicolon is read too, unless it only names the basis or the way to refuse.
 */
const DIRECT_MARKETING = /^(?:suoramarkkinoin\p{L}*|suoramainon\p{L}*|direktmarknadsföring\p{L}*|direct marketing)(?!\p{L})/iu;
const MORE_THAN_MARKETING =
  /[,;]|(?<!\p{L})(?:ja|sekä|tai|myös|och|samt|eller|även|också|liksom|and|or|plus|including|as well as|also)(?!\p{L})|luovut|disclos|utlämn|lämna\p{L}* ut|kumppan|partner|kolmans|third part|tredje part|profil/iu;
/** What a dash may add to the purpose without another aim: its basis, or the way to refuse it. */
const BASIS_OR_REFUSAL = /oikeutet\p{L}* e(?:tu|dun|tuun)|berättigat intresse|legitimate interest|kieltäy|kieltää|vastustaa|invänd|motsätta|opt out|refuse|object|unsubscribe/iu;

function directMarketingOnly(description: Parameters<typeof textValues>[0]): boolean {
  const texts = textValues(description);
  return texts.length > 0 && texts.every(ownMarketingOnly);
}

function ownMarketingOnly(text: string): boolean {
  const [head, ...tail] = text.split(/\s[—–-]\s|;/u);
  if (!DIRECT_MARKETING.test(head!.trim()) || MORE_THAN_MARKETING.test(head!)) return false;
  return tail.every((t) => BASIS_OR_REFUSAL.test(t));
}

/** An interest said only by an example of it: "e.g., working with existing partners", "esim. asiakassuhde ennen sopimusta", "t.ex. …"; not a list of what it is ("such as", "kuten"). */
const ONLY_EXAMPLE = /^(?:e\.\s?g\.|eg\.|for example|for instance|esim\.|esimerkiksi|t\.\s?ex\.|till exempel|exempelvis)(?![\p{L}])/iu;

/** A stated interest that names none: only generic words ("asiakassuhde", "our business"). */
export function namesNoInterest(text: string): boolean {
  return onlyWords(text, isGeneric);
}

export default defineRule(
  {
    id: 'legitimate-interest',
    articles: ['Art. 13(1)(d)', 'Art. 14(2)(b)', 'Art. 6(1)(f)'],
    severity: 'error',
    description: 'A purpose resting on legitimate interests names the specific interest pursued, not just "customer relationship".',
    messages: {
      missing: {
        en: 'Purpose {n} rests on `legitimate_interests` but does not say which interest in `legitimate_interest` (Art. 13(1)(d))',
        fi: 'Tarkoitus {n} perustuu oikeutettuun etuun, mutta `legitimate_interest` ei kerro, mikä etu on kyseessä (13 art. 1 d)',
        sv: 'Ändamål {n} grundar sig på `legitimate_interests` men anger inte i `legitimate_interest` vilket intresse det gäller (artikel 13.1 d)',
      },
      generic: {
        en: 'Legitimate interest `{text}` of purpose {n} names no specific interest: say what the controller or a third party gains, e.g. `marketing our own products to existing customers` (Art. 13(1)(d))',
        fi: 'Tarkoituksen {n} oikeutettu etu `{text}` ei yksilöi etua: kerro, mitä rekisterinpitäjä tai kolmas osapuoli tavoittelee, esim. `omien tuotteiden markkinointi nykyisille asiakkaille` (13 art. 1 d)',
        sv: 'Det berättigade intresset `{text}` för ändamål {n} anger inget specifikt intresse: ange vad den personuppgiftsansvarige eller en tredje part vill uppnå, t.ex. `marknadsföring av egna produkter till befintliga kunder` (artikel 13.1 d)',
      },
      example: {
        en: 'Legitimate interest `{text}` of purpose {n} is only an example: say the interest pursued itself, not an instance of it (Art. 13(1)(d))',
        fi: 'Tarkoituksen {n} oikeutettu etu `{text}` on vain esimerkki: kerro itse etu, jota tavoitellaan, ei yksittäistä tapausta (13 art. 1 d)',
        sv: 'Det berättigade intresset `{text}` för ändamål {n} är bara ett exempel: ange själva intresset, inte ett fall av det (artikel 13.1 d)',
      },
      registerMissing: {
        en: 'The register lists `legitimate_interests` in `legal_bases`, but no purpose says which interest in `legitimate_interest` (Art. 13(1)(d))',
        fi: 'Oikeusperusteissa `legal_bases` on oikeutettu etu `legitimate_interests`, mutta mikään tarkoitus ei kerro kentässä `legitimate_interest`, mikä etu on kyseessä (13 art. 1 d)',
        sv: 'I `legal_bases` anges `legitimate_interests`, men inget ändamål anger i `legitimate_interest` vilket intresse det gäller (artikel 13.1 d)',
      },
      wrongBasis: {
        en: 'Purpose {n} states a `legitimate_interest` but rests on `{basis}`: a legitimate interest is stated only under `legitimate_interests` (Art. 13(1)(d))',
        fi: 'Tarkoitukselle {n} on kirjattu `legitimate_interest`, mutta sen oikeusperuste on `{basis}`: oikeutettu etu kerrotaan vain perusteella `legitimate_interests` (13 art. 1 d)',
        sv: 'Ändamål {n} anger ett `legitimate_interest` men grundar sig på `{basis}`: ett berättigat intresse anges endast med `legitimate_interests` (artikel 13.1 d)',
      },
    },
  },
  ({ register, report }) => {
    // Legitimate interests listed for the register as a whole: the interest must still be named somewhere.
    const listed = Array.isArray(register.legal_bases) && register.legal_bases.includes('legitimate_interests');
    if (listed && !(register.purposes ?? []).some((p) => p.legitimate_interest || directMarketingOnly(p.description))) report(['legal_bases'], 'registerMissing', {}, 'key');
    register.purposes?.forEach((purpose, i) => {
      const n = purpose.id ? `\`${purpose.id}\`` : `${i + 1}`;
      const at = ['purposes', i];
      if (purpose.legal_basis === 'legitimate_interests') {
        if (!purpose.legitimate_interest) {
          if (!directMarketingOnly(purpose.description)) report([...at, 'legal_basis'], 'missing', { n });
        }
        else {
          const generic = textValues(purpose.legitimate_interest).find(namesNoInterest);
          const example = textValues(purpose.legitimate_interest).find((t) => ONLY_EXAMPLE.test(t.trim()));
          if (generic !== undefined) report([...at, 'legitimate_interest'], 'generic', { n, text: generic });
          else if (example !== undefined) report([...at, 'legitimate_interest'], 'example', { n, text: example });
        }
      } else if (purpose.legitimate_interest && purpose.legal_basis) {
        report([...at, 'legitimate_interest'], 'wrongBasis', { n, basis: purpose.legal_basis }, 'key');
      }
    });
  },
);
