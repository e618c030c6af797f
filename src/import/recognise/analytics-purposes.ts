/**
 * Analytics said among the cookies as a use of its own ("Käytän sivuston kävijämäärän seurantaan Google
 * Analyticsiä", "Analytiikkaevästeitä käytetään sivuston kehittämiseen", "we use the Google Analytics
 * service to analyse user behaviour"): a purpose of the processing, where the notice's purposes say
 * nothing of analytics. Its basis is the one the sentence states, or consent where the cookies are said,
 * under the same subheading, to need it.
 */
import type { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import type { Section } from '../outline.js';
import { addPurpose } from './purposes.js';
import { toolsIn } from './cookies.js';

/** Analytics, visitor statistics and what they are for: the words that tell the use apart. */
const ANALYTICS = /analytii|analy[sz]|statisti|tilasto|kävijä|besök|visitor|site traffic|user behaviou?r/iu;

/** A purpose that follows or measures the site's use ("Verkkosivuston käytön seuraaminen ja kehittäminen", "Measuring the use of our website"): analytics said in other words. */
const USE_FOLLOWED =
  /(?:käytö\p{L}*|use|usage|användning\p{L}*)\s+(?:\p{L}+\s+)?(?:seura\p{L}*|mittaa\p{L}*|mittaami\p{L}*|analysoi\p{L}*)|(?:seura\p{L}*|mittaa\p{L}*|mittaami\p{L}*|measur\p{L}*|monitor\p{L}*|följ\p{L}* upp|mät\p{L}*)\s+(?:\p{L}+\s+){0,3}(?:käytö\p{L}*|use|usage|användning\p{L}*)/iu;

/** Cookies for analytics or statistics, named so: "analytiikkaevästeet", "analyskakor", "analytics cookies". */
const ANALYTICS_COOKIES = /(?:analytiikka|tilasto)eväst\p{L}*|analys(?:kak|cookie)\p{L}*|statistik(?:kak|cookie)\p{L}*|(?:analytics|statistics) cookies/iu;

/**
 * The controller's own use, with what it is for: "käytämme/käytän … seurantaan", "… käytetään sivuston
 * kehittämiseen" (a noun of doing, in the illative or translative), "we use … to analyse", "our site uses …
 * to", "vi använder … för att", "… används för att"; not what the reader can use ("You can use the opt-out
 * add-on to …") or a third party does ("YouTube, which uses cookies to …").
 */
const USED_TO = [
  /(?<![\p{L}])(?:käytämme|käytän|käytetään|hyödynnämme|hyödynnän|hyödynnetään)(?![\p{L}])[^.!?]{0,80}?\p{L}{3,}(?:ntaan|ntään|miseen|miseksi|miksi)(?![\p{L}])/iu,
  /\b(?:we (?:also )?use|(?:our|this|the) (?:web)?(?:site|service|app|application) uses|(?:is|are) used)\b[^.!?]{0,60}?\bto (?!(?:the|our|your|a|an|this|that|these|which)\b)\p{L}{3,}/iu,
  /(?<![\p{L}])(?:vi använder|används)(?![\p{L}])[^.!?]{0,60}?för att(?![\p{L}])/iu,
];

/** A denial, in a contraction too ("We don’t use Google Analytics"). */
const NOT = /(?<![\p{L}])(?:ei|emme|eikä|eivät|not|no|never|inte|inga|ingen|aldrig)(?![\p{L}])|\p{L}n['’]t(?![\p{L}])/iu;

/** A sentence that says what the controller uses analytics, a tool or its cookies, for. */
function saysAnalyticsUse(sentence: string): boolean {
  const tool = toolsIn(sentence).length > 0 || ANALYTICS_COOKIES.test(sentence) || /analytiikka|analytics/iu.test(sentence);
  return tool && ANALYTICS.test(sentence) && !NOT.test(sentence) && USED_TO.some((re) => re.test(sentence));
}

/**
 * Consent said of the cookies the sentence is about, under the same subheading: "Analytiikka- ja
 * mainosevästeet (vaatii suostumuksen)", "Nämä evästeet ladataan vain, jos hyväksyt evästeet", "only
 * after you accept", "kräver samtycke".
 */
const ON_CONSENT =
  /(?:vaati\p{L}*|edellyttä\p{L}*|kräver|requires?|need)\s+(?:\p{L}+\s+)?(?:suostumu\p{L}*|samtycke|consent)|(?<![\p{L}])(?:vain|vasta),?\s+(?:jos|kun)\s+(?:\p{L}+\s+)?hyväksy\p{L}*|(?:endast|först)\s+(?:om|när)\s+du\s+(?:\p{L}+\s+)?(?:godkänn|samtyck)\p{L}*|\bonly (?:if|after|once|when) you (?:\p{L}+ )?(?:accept|consent|agree)/iu;

/** The cookies a sentence before spoke of: "Nämä evästeet", "these cookies", "dessa kakor". */
const THESE_COOKIES = /(?<![\p{L}])(?:nämä|näitä|these|dessa)\s+(?:\p{L}+\s+)?(?:\p{L}*eväst\p{L}*|cookies|kakor)/iu;

/** The sentences of a section's paragraphs, each with whether its heading or subheading, or a sentence before it under that, says the cookies need consent. */
function paragraphSentences(section: Section): { s: string; consent: boolean }[] {
  const out: { s: string; consent: boolean }[] = [];
  const said = (heading: string): boolean => ON_CONSENT.test(heading) && !NOT.test(heading);
  let consent = said(section.heading.text);
  for (const b of section.blocks) {
    if (b.kind === 'heading') consent = said(b.text);
    if (b.kind !== 'paragraph') continue;
    for (const s of sentences(b.text)) {
      consent ||= ON_CONSENT.test(s) && !NOT.test(s) && (ANALYTICS_COOKIES.test(s) || THESE_COOKIES.test(s) || ANALYTICS.test(s));
      out.push({ s, consent });
    }
  }
  return out;
}

/** The first sentence among the cookies that says what analytics is for, as a purpose, unless a purpose speaks of analytics already. */
export function analyticsPurposes(x: DraftState, sections: readonly Section[]): void {
  if (!x.purposes.length || x.purposes.some((p) => ANALYTICS.test(p.text) || USE_FOLLOWED.test(p.text))) return;
  for (const section of sections.filter((s) => s.kinds[0] === 'cookies')) {
    const use = paragraphSentences(section).find(({ s }) => saysAnalyticsUse(s));
    if (!use) continue;
    addPurpose(x, use.s, { section: x.place() });
    const added = x.purposes[x.purposes.length - 1]!;
    if (use.consent && !added.bases.length) added.bases = ['consent'];
    return;
  }
}
