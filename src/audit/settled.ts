/**
 * Findings on the draft that the notice's own text settles: a part the rule reports missing that the
 * notice states in words the import did not read, a placeholder the draft made up, a way to withdraw
 * consent the notice gives in its own words or the right to withdraw at any time, an objection to
 * direct marketing the notice states, a controller the notice places in another country (whom the
 * Finnish rule on the personal identity code does not bind), data kept as a law the sentence names
 * requires (the reader can tell the obligation from it). The draft is what the import read; these
 * findings would tell the reader that the notice lacks what it says.
 */
import type { Diagnostic } from '../diagnostic.js';
import { siteConsentTool } from '../check/consent-words.js';
import { isTargeting } from '../rules/automated-decisions.js';
import { namesInterest, namesInterestAnywhere, namesInterestBeside, namesLawBeside, pairsEachBasis } from './bases-said.js';
import { placesControllerAbroad } from './controller-abroad.js';
import { writtenForGdpr } from './gdpr-era.js';
import { statutes } from '../import/recognise/bases.js';
import { messageIdOf } from './message-id.js';
import {
  deniesAutomatedDecisions,
  describesAutomatedDecisions,
  givesControllerAddress,
  givesDpoContact,
  listsDataCategories,
  namesController,
  onlyObservedData,
  placesDataOutside,
  placesProviderInEea,
  placesProvidersInEea,
  saysBasis,
  saysDate,
  saysProvision,
  saysRetention,
  saysSources,
  saysSpecialCondition,
  saysWhereDataAre,
} from './parts-said.js';
import { comparable, type Passage } from './passages.js';
import { deniesDisclosure, namesRecipient } from './recipients-said.js';
import { suggestsTransfer } from './transfer-hints.js';
import { disclosedOnlyByConsentOrLaw } from '../import/recognise/recipient-words.js';
import { saysHowToWithdraw, saysWithdrawalAtAnyTime, statesMarketingObjection } from './rights-stated.js';
import type { StatedRight } from './rights-words.js';
import type { LegalBasis } from '../types.js';

type Said = (passages: readonly Passage[], d: Diagnostic) => boolean;

/** The values a message quotes (`consent`, `legitimate_interests`). */
function quotedValues(message: string): string[] {
  return [...message.matchAll(/`([^`]+)`/gu)].map((m) => m[1]!);
}

/**
 * Two bases listed, consent one of them, where the notice says consent is for the special categories
 * ("oikeutettu etu, sekä terveydentilaa koskevien tietojen kohdalla suostumus"): the notice pairs the
 * bases by the data they cover, which is a pairing.
 */
const BASES = new Set(['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests']);

function basesOf(d: Diagnostic): LegalBasis[] {
  return quotedValues(d.message).filter((b): b is LegalBasis => BASES.has(b));
}

function pairedByData(passages: readonly Passage[], d: Diagnostic): boolean {
  const bases = basesOf(d);
  return bases.length === 2 && bases.includes('consent') && saysSpecialCondition(passages);
}

/** The bases listed for the register, where the notice pairs each with its purpose in its own words. */
function paired(passages: readonly Passage[], d: Diagnostic): boolean {
  return pairedByData(passages, d) || pairsEachBasis(passages, basesOf(d));
}


/** A sentence on keeping data that names the law it keeps them under ("Bokföringsunderlag: 7 år enligt bokföringslagen"): the reader can tell the obligation from it. */
const KEEPS = /säily\p{L}*|säilö\p{L}*|sparas|bevaras|lagras|kept|retain\p{L}*|stored/iu;
function keepsByLaw(passages: readonly Passage[]): boolean {
  return passages.some((p) => (p.kinds.includes('retention') || KEEPS.test(p.text)) && statutes(p.text).length > 0);
}

/** The controller's address the finding says is incomplete, given in the notice: with the parts the finding says are missing (its street or PO box, its postal code). */
function streetGiven(passages: readonly Passage[], d: Diagnostic): boolean {
  const street = !/`street`|`po_box`/u.test(d.message) || givesControllerAddress(passages, 'street');
  const code = !/`postal_code`|`city`/u.test(d.message) || givesControllerAddress(passages, 'code');
  return street && code;
}

/** The providers a message quotes with their country ("`AWS (US)`"), by name. */
function providersQuoted(d: Diagnostic): string[] {
  return quotedValues(d.message).flatMap((v) => /^(.+?)\s+\([A-Z]{2}\)$/u.exec(v)?.[1] ?? []);
}

/** Every provider a finding quotes with its country outside the EEA, placed in the EEA by the notice ("Supabase (AWS eu-central-1, Frankfurt)"). */
function providersPlaced(passages: readonly Passage[], d: Diagnostic): boolean {
  const names = providersQuoted(d);
  return names.length > 0 && names.every((name) => placesProviderInEea(passages, name));
}

/** Per rule, its messages that say a part is missing, and what in the notice's text says it. */
const SETTLED_BY: Readonly<Record<string, Readonly<Record<string, Said>>>> = {
  'data-sources': { missing: saysSources },
  'data-categories': { missing: listsDataCategories },
  'dpo-contact': { noContact: givesDpoContact },
  'provision-requirement': { missing: (p) => saysProvision(p) || onlyObservedData(p) },
  'notice-date': { missing: saysDate },
  // Disclosed only with consent or by law ("Tietoja luovutetaan kolmansille osapuolille vain käyttäjän suostumuksella tai lain velvoittamista syistä"): the recipients answered.
  recipients: { missing: (p) => namesRecipient(p) || deniesDisclosure(p) || p.some((q) => disclosedOnlyByConsentOrLaw(q.text)) },
  retention: { missing: saysRetention },
  // Nothing suggests a transfer: no provider, no service, no word on where the data go (Art. 13(1)(f) "where applicable").
  'transfer-consistency': { missing: (p) => saysWhereDataAre(p) || !suggestsTransfer(p) },
  'provider-transfer': { undeclared: (p, d) => placesDataOutside(p) || placesProvidersInEea(p) || placesProviderInEea(p, quotedValues(d.message)[0] ?? '') },
  // `transfers: none` beside a provider the notice itself places in the EU/EEA ("tallennetaan EU-alueella (Irlanti, AWS eu-west-1)").
  contradiction: { noneButProvider: providersPlaced, transfer: providersPlaced },
  'legal-basis': { noPurposes: saysBasis, missing: saysBasis, missingMany: saysBasis, notMapped: paired, retentionLaw: keepsByLaw },
  'special-category-condition': { undeclared: saysSpecialCondition },
  'automated-decisions': { missing: (p, d) => deniesAutomatedDecisions(p) || describesAutomatedDecisions(p) || onlyAmongRights(p, d) || onlyTargeting(p, d) },
  'legitimate-interest': { registerMissing: (p) => namesInterest(p) || namesInterestAnywhere(p) },
  'right-to-object': { unmarked: statesMarketingObjection },
  'consent-withdrawal': { noHow: saysWithdrawalAtAnyTime, noHowRegister: saysWithdrawalAtAnyTime },
  'personal-identity-code': { noGround: placesControllerAbroad, described: placesControllerAbroad, undeclared: placesControllerAbroad },
  // A cookie banner or settings dialog on the page is a consent tool, though the notice's section on cookies names only the browser.
  'invalid-consent': { browser: (p) => p.some((q) => !q.heading && siteConsentTool(q.text).length > 0) },
  'outdated-reference': { beforeGdpr: writtenForGdpr },
  'controller-contact': { missing: namesController, noWrittenChannel: namesController, incompleteAddress: streetGiven, incompleteAddressBesideEmail: streetGiven },
};

/**
 * Targeting and personalisation, the only hints a finding quotes ("kohdennettu mainonta", "räätälöity
 * sisältö", "personalised ads", "riktad reklam"): profiling that is rarely a decision of Art. 22, which
 * is all Art. 13(2)(f) asks a published notice to tell of. A register is still asked to say `none`.
 */
function onlyTargeting(passages: readonly Passage[], d: Diagnostic): boolean {
  const hints = quotedValues(d.message).filter((v) => !v.startsWith('automated_decisions'));
  return hints.length > 0 && hints.every((h) => isTargeting(h) || profilingForMarketing(passages, h));
}

const PROFILING = /^(?:profiloi\p{L}*|profilointi\p{L}*|profiling|profiler\p{L}*)$/iu;
const MARKETING = /markkinoin\p{L}*|mainon\p{L}*|(?<!työpaikka)mainos\p{L}*|marketing|advertis(?:ing|ement(?!s? for (?:a |the )?(?:job|position|vacanc)))\p{L}*|marknadsför\p{L}*|reklam(?!ation)\p{L}*/iu;
/** Decisions, credit, scoring and hiring: profiling said beside them may be a decision of Art. 22 whatever else it is for. */
const DECISION = /päätö\p{L}*|päättä\p{L}*|luot\p{L}*|laina\p{L}*|pisteyt\p{L}*|rekry\p{L}*|hakemu\p{L}*|decision\p{L}*|decide\p{L}*|credit\p{L}*|loan\p{L}*|scor\p{L}*|recruit\p{L}*|hiring|job\p{L}*|application\p{L}*|beslut\p{L}*|kredit\p{L}*|lån\p{L}*|rekryter\p{L}*|ansökan\p{L}*|tjänst(?:er)? som/iu;

/**
 * Profiling said only of marketing ("suoramarkkinointiin liittyvään profilointiin", "profiling for direct
 * marketing"): targeting, rarely a decision of Art. 22, wherever the notice says it.
 */
function profilingForMarketing(passages: readonly Passage[], hint: string): boolean {
  if (!PROFILING.test(hint)) return false;
  const holding = passages.filter((p) => !p.heading && comparable(p.text).includes(comparable(hint)));
  return holding.length > 0 && holding.every((p) => forMarketing(p, passages[passages.indexOf(p) - 1]) && !DECISION.test(p.text));
}

/**
 * Said of marketing, in its own sentence or, where it goes on from the one before with no end of its own ("Tietoja
 * voidaan käyttää myös nk. profilointiin"), in that; not profiling said to be for something else ("… myös profilointia
 * vakuutusmaksusi määrittämiseen").
 */
function forMarketing(p: Passage, before: Passage | undefined): boolean {
  if (MARKETING.test(p.text)) return true;
  // What the sentence says after the profiling is its end, if any ("… profilointia vakuutusmaksusi määrittämiseen").
  const after = p.text.slice(Math.max(0, p.text.search(/profil/iu))).replace(/^\p{L}+/u, '');
  if (before === undefined || before.heading || before.sectionLine !== p.sectionLine || !GOES_ON.test(p.text) || AN_END.test(after)) return false;
  return MARKETING.test(before.text) && !DECISION.test(before.text);
}

/** A sentence that goes on from the one before: "myös", "also", "även", "också". */
const GOES_ON = /(?<!\p{L})(?:myös|lisäksi|also|även|också)(?!\p{L})/iu;
/** An end a sentence gives its profiling: "to set the premium", "för att fastställa", "määrittämiseen", "varten". */
const AN_END = /(?<!\p{L})(?:to|for|in order to|för att|för|varten|jotta)(?!\p{L})|\p{L}+(?:miseen|miseksi|mista varten)(?!\p{L})/iu;

/**
 * Words a finding quotes that the notice says only in its part on the rights, where it lists what a
 * right gives ("förekomsten av automatiserat beslutsfattande, inbegripet profilering", Art. 15(1)(h)):
 * the notice says nothing there of its own processing.
 */
function onlyAmongRights(passages: readonly Passage[], d: Diagnostic): boolean {
  const quoted = [...d.message.matchAll(/`([^`]{4,})`/gu)].map((m) => comparable(m[1]!));
  // A heading of the rights part that names the right ("4.6 Oikeus olla joutumatta automaattisen päätöksenteon kohteeksi") says it as the text does.
  const holding = passages.filter((p) => (!p.heading || p.kinds.includes('rights')) && quoted.some((q) => comparable(p.text).includes(q)));
  return holding.length > 0 && holding.every((p) => p.kinds.includes('rights'));
}

/** A placeholder the draft made up (a register's stand-in name), not one the notice has ("Mastodon" holds no TODO). */
function madeUp(d: Diagnostic, passages: readonly Passage[]): boolean {
  return d.ruleId === 'placeholder-text' && /`TODO/u.test(d.message) && !passages.some((p) => /(?<![\p{L}\p{N}])todo(?![\p{L}\p{N}])/iu.test(p.text));
}

/**
 * A page template's expression in a site's source (`{{ page.last_modified_at | date: '%Y-%m-%d' }}`,
 * `{{ site.email }}`), or a site generator's shortcode (`{{% /container %}}`, `{{< figure … >}}`,
 * `{% include … %}`): the site fills it in or lays the page out with it when the page is built, so it
 * is no placeholder of the notice.
 */
function siteTemplate(d: Diagnostic): boolean {
  return d.ruleId === 'placeholder-text' && /`(?:\{\{\s*(?:page|site|layout|post|data|params|\.Site|\.Page|\.Params)\.[\w.]+|\{\{[%<]|\{%)/u.test(d.message);
}

/**
 * Whether a finding of `consent-withdrawal` says again what the notice's own text settles: it names a
 * way to withdraw consent (what `consent.how_to_withdraw` is to a register), or the right to withdraw
 * is reported missing already (one gap, not two). A notice that states the right to withdraw at any
 * time, without saying how, settles the missing way too (`SETTLED_BY`).
 */
function withdrawalSettled(d: Diagnostic, passages: readonly Passage[], missingRights: readonly StatedRight[]): boolean {
  return d.ruleId === 'consent-withdrawal' && (missingRights.includes('withdraw_consent') || saysHowToWithdraw(passages));
}

/** Whether the notice's text settles what a finding on its draft says. */
export function settledByText(d: Diagnostic, passages: readonly Passage[], missingRights: readonly StatedRight[]): boolean {
  if (madeUp(d, passages) || siteTemplate(d) || withdrawalSettled(d, passages, missingRights)) return true;
  const said = SETTLED_BY[d.ruleId];
  const id = said ? messageIdOf(d) : undefined;
  return id !== undefined && said?.[id]?.(passages, d) === true;
}

/**
 * Whether the notice settles a finding on one purpose beside the sentence it stands at: the law of a
 * public task, or the legitimate interest, named with the purpose or its basis.
 */
export function settledBeside(d: Diagnostic, at: Passage | undefined, passages: readonly Passage[]): boolean {
  if (!at) return false;
  const id = `${d.ruleId}/${messageIdOf(d) ?? ''}`;
  if (id === 'legitimate-interest/missing') return namesInterestBeside(passages, at);
  return id === 'legal-basis/lawMissing' && namesLawBeside(passages, at);
}
