/**
 * Names of services and their providers that a sentence gives in the words around them: "the
 * services of Hetzner", "hosted by Example Cloud", "leverantören 46Elks", "tjänster från Exempel",
 * "Holvi-palvelu", "maksupalvelu (Examplepay)", "lomakepalveluiden (Formspree, FormSubmit)", "collected in Indico". Only a name the words point at counts: a capitalised word alone is not a service.
 */

import { countriesIn } from './countries.js';

/** A name: one to three words, each capitalised or starting with a digit ("46Elks", "Example Cloud"). */
const NAME = String.raw`([\p{Lu}\d][\p{L}\d&.'’-]*[\p{L}\d](?:\s+[\p{Lu}\d][\p{L}\d&.'’-]*[\p{L}\d]){0,2})`;

const AROUND: readonly RegExp[] = [
  new RegExp(String.raw`\bservices?\s+(?:of|from|by|provided by)\s+(?:the\s+)?${NAME}`, 'gu'),
  new RegExp(String.raw`\b(?:provided|hosted|operated|powered|run)\s+by\s+${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:\p{L}*leverantör(?:en|erna)?|tjänster från|tjänsten från|plattformen|verktyget|tillhandahålls (?:av|genom|via)(?:\s+(?:tredjepartstjänsten|tjänsten))?|drivs av)\s+${NAME}`, 'gu'),
  // What a thing is provided through: "provided through the third-party service Example", "toimii kolmannen osapuolen palvelun Example kautta".
  new RegExp(String.raw`\bprovided\s+(?:through|via)\s+(?:the\s+)?(?:third[- ]party\s+)?(?:service|tool|platform)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])kolmannen\s+osapuolen\s+(?:palvelun|työkalun|alustan)\s+${NAME}\s+kautta`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:palveluntarjoaja(?:na|mme|na on)?|palvelun tarjoaa|palvelua tarjoaa|ylläpitäjänä on|käsittelijä(?:nä|nämme|mme)(?:\s+toimii)?|personuppgiftsbiträde[nt]?|biträde[nt]?)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`\bprocessors?,?\s+${NAME}`, 'gu'),
  // The one who carries a service out: "Uutiskirjepalvelun teknisenä toteuttajana on Brevo", "The technical provider is Example Mail".
  new RegExp(String.raw`(?<![\p{L}])(?:teknisenä\s+)?toteuttaja(?:na|namme)\s+(?:on|toimii)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`\b(?:technical\s+)?(?:provider|implementer)\s+(?:of\s+(?:\p{Ll}+\s+){1,3})?is\s+${NAME}`, 'gu'),
  // Another organisation said to process the data: "Tietoja käsittelee myös Kirkon palvelukeskus", "behandlas av Exempel", "processed by Example".
  new RegExp(String.raw`(?<![\p{L}])(?:käsittelee|käsittelevät)(?:\s+myös)?\s+${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:behandlas|hanteras)(?:\s+också)?\s+av\s+${NAME}`, 'gu'),
  new RegExp(String.raw`\b(?:processed|handled)\s+by\s+${NAME}`, 'gu'),
  // "We use Examplemail to send newsletters", "Vi använder Exempelpost för utskick": the name right after the verb, and what for.
  new RegExp(String.raw`\b[Ww]e\s+(?:also\s+)?use\s+${NAME}\s+(?:to|for|as)\b`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:[Vv]i\s+använder(?:\s+oss\s+av)?|[Aa]nvänder\s+vi(?:\s+oss\s+av)?)\s+${NAME}\s+(?:för|till|som)(?![\p{L}])`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\d&.'’-])${NAME} ?-(?:palvelu|pilvipalvelu|järjestelmä|sovellu|alusta)\p{L}*`, 'gu'),
  // Data kept in a service named after "in": "registrations are collected in Indico", "samlas in i Lyyti".
  // Where data are kept may be a place ("stored in Finland"): after "stored" or "lagras" only "via", "through", "genom" point at a service.
  new RegExp(String.raw`\b(?:collected|managed|gathered)\s+(?:in|on|via|through|using)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`\b(?:stored|kept|saved|handled|processed)\s+(?:via|through|using)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:samlas in|hanteras)\s+(?:i|via|genom)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:lagras|sparas|behandlas)\s+(?:via|genom)\s+${NAME}`, 'gu'),
  // A service data are delivered through: "forwarded to us by e-mail through Example", "vidarebefordras till oss via tjänsten Exempel".
  new RegExp(String.raw`\b(?:forwarded|delivered|relayed)\b(?:[^.]|\.(?=\S)){0,40}?\b(?:through|via|using)\s+(?:the\s+)?${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:vidarebefordras|levereras|förmedlas)(?![\p{L}])(?:[^.]|\.(?=\S)){0,40}?(?<![\p{L}])(?:via|genom)\s+(?:tjänsten\s+)?${NAME}`, 'gu'),
  // Where the data or the service are hosted, and the named system they are kept in: "hosted on Example", "servers at Example",
  // "hostade på Exempel", "in our member registry Examplereg", "i vårt medlemsregister Exempel", "jäsenrekisterissämme Esimerkki".
  new RegExp(String.raw`\b(?:hosted|run|located)\s+(?:on|at|with)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`\bservers?\s+(?:of|at|with)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:hostade?|hostas|driftas|körs)\s+(?:på|hos|av)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`\bin\s+our\s+(?:\p{Ll}+\s+)?(?:registry|register|system|platform|software)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])i\s+(?:vårt|vår)\s+\p{Ll}*(?:register|system|plattform)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])\p{Ll}*(?:rekisteri|järjestelmä|ohjelma)ssämme\s+${NAME}`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:services?|providers?|platforms?|\p{L}*palvelu\p{L}*|\p{L}*järjestelmä\p{L}*|\p{L}*tjänst\p{L}*|\p{L}*leverantör\p{L}*|system\p{L}*)\s+\(${NAME}\)`, 'gu'),
];

/** Words written with a capital that name no provider: nationalities and places, before a name ("German Hetzner") or alone ("Finland"); a country outside the EEA is never one either. */
const NOT_A_NAME =
  /^(?:German|Finnish|Swedish|American|Irish|Dutch|French|British|Danish|Norwegian|Estonian|European|EU|EEA|US|UK|The|Our|A|An|This|These|GDPR|Cookies|Data|Information|Personal|Finland|Suomi|Sweden|Sverige|Europe|Europa|Norway|Norge|Denmark|Danmark|Estonia|Germany|Tyskland)$/u;

/** A Finnish word of direction, to or from ("Suomalaiselle", "Yritykseltä"): it stands before a name, never in one. */
const PLACE_CASE = /\p{Ll}(?:lle|lta|ltä)$/u;

function tidy(name: string): string | undefined {
  const words = name.split(/\s+/u);
  while (words.length && NOT_A_NAME.test(words[0]!)) words.shift();
  const cased = words.findLastIndex((w, i) => i < words.length - 1 && PLACE_CASE.test(w));
  if (cased >= 0) words.splice(0, cased + 1);
  const out = words.join(' ').replace(/[.'’-]+$/u, '');
  return out.length >= 2 && !countriesIn(out).length ? out : undefined;
}

/** Several names in the brackets after the kind of service: "lomakepalveluiden (Formspree, FormSubmit)", "form services (Formspree and Basin)". */
const LISTED = /(?<![\p{L}])(?:services?|providers?|platforms?|\p{L}*palvelu\p{L}*|\p{L}*järjestelmä\p{L}*|\p{L}*tjänst\p{L}*|\p{L}*leverantör\p{L}*|system\p{L}*)\s+\(([^()]{3,100})\)/gu;
const ONE_NAME = new RegExp(`^${NAME}$`, 'u');

/** Names listed after the kind of provider and a colon: "external payment providers: Braintree and Maksuturva", "maksupalveluntarjoajat: …". */
const LISTED_AFTER = /(?<![\p{L}])(?:(?:\p{Ll}+\s+)?providers|\p{L}*palveluntarjoaj\p{L}*|\p{L}*leverantörer(?:na)?)\s*:\s*([^.;:()]{3,100}?)(?=\s*(?:[.;]|$))/gu;

function listedNames(sentence: string): { at: number; name: string }[] {
  return [...sentence.matchAll(LISTED), ...sentence.matchAll(LISTED_AFTER)].flatMap((m) => {
    const parts = m[1]!.split(/\s*,\s*|\s+(?:ja|sekä|tai|and|or|och|samt|eller)\s+/u);
    if (parts.length < 2 || !parts.every((p) => ONE_NAME.test(p.trim()))) return [];
    return parts.flatMap((p) => tidy(p.trim()) ?? []).map((name) => ({ at: m.index, name }));
  });
}

/** The service names a sentence points at, in the order they stand. */
export function serviceNames(sentence: string): string[] {
  const found: { at: number; name: string }[] = [];
  const add = (at: number, name: string | undefined): void => {
    if (name && !found.some((f) => f.name === name)) found.push({ at, name });
  };
  for (const re of AROUND) for (const m of sentence.matchAll(re)) add(m.index, tidy(m[1]!));
  for (const { at, name } of listedNames(sentence)) add(at, name);
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}
