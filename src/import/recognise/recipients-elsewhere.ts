/**
 * Recipients a notice names outside its part on recipients: a service it says it uses with the data
 * ("uutiskirjeet lähetetään Mailchimpillä", "we use the services of Example Cloud"), a company it
 * names as a processor ("Example Ltd acts as a data processor"), providers it uses ("Rekisterinpitäjä
 * käyttää järjestelmätoimittajia"), an authority it says data are sent to ("luovutetaan Kelalle"),
 * and a party or organisation it says data are handed over to ("lämnas ut till Skolverket").
 */
import type { Recipient } from '../../types.js';
import type { Block } from '../document/block.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import type { Section } from '../outline.js';
import { providersNamed } from '../../check/providers.js';
import { companyNames } from './contact-details.js';
import { recipientRole } from './recipient-roles.js';
import { goesOn, namedParties } from './recipient-sentence.js';
import { DISCLOSES, ORGANISATION, PARTY, targetOf } from './recipient-words.js';
import { isRightsText } from './rights-text.js';
import { serviceNames } from './service-names.js';

/** Words that say a service is used with the data: it stores, sends or processes them. */
const USES =
  /(?<![\p{L}])(?:käytä\p{L}*|tallenne\p{L}*|tallenta\p{L}*|säilö\p{L}*|lähete\p{L}*|käsitel\p{L}*|palvelu\p{L}*|använd\p{L}*|lagras|skickas|behandlas|via|use[sd]?|using|stored?|sen[dt]s?|process\p{L}*|through|hosted)(?![\p{L}])/iu;
const NEGATED = /(?<![\p{L}])(?:ei|emme|eikä|inte|aldrig|not|never|no)(?![\p{L}])/iu;

/**
 * Saying that the controller uses a party or a service: "käytämme", "anlitar", "we use", "hosted by".
 * Not "käytetään" or "används": what is used there is mostly the data.
 */
const USES_PARTY =
  /(?<![\p{L}])(?:käytämme|käyttää|hyödynnämme|hyödyntää|ostamme|anlitar|anlitas|anlita|använder|köper)(?![\p{L}])|\bwe\s+(?:\p{L}+\s+){0,2}(?:use|engage|employ|rely on|work with|buy)\b|\b(?:provided|hosted|operated|powered)\s+by\b/giu;

/** Words for the data themselves: "käyttää tietoja kumppaneiden kanssa" uses the data, not the partners. */
const DATA_WORD = /^(?:(?:henkilö)?tie(?:to|do)(?:ja|t|n|a|jen|jasi|tasi|janne)?|(?:person)?uppgift\p{L}*|data|information|your|dina|era|ditt|ert)$/iu;

/**
 * The controller says it uses a kind of party ("käyttää järjestelmätoimittajia", "we engage service
 * providers"): the party follows the verb within five words, with no word for the data before it.
 */
function usesParty(sentence: string): boolean {
  for (const m of sentence.matchAll(USES_PARTY)) {
    const gap: string[] = [];
    for (const word of sentence.slice(m.index + m[0].length).split(/\s+/u).filter(Boolean).slice(0, 5)) {
      if (DATA_WORD.test(word.replace(/[^\p{L}]/gu, ''))) break;
      gap.push(word);
    }
    if (PARTY.test(gap.join(' '))) return true;
  }
  return false;
}

/** A company said to run or supply the service: "ylläpitää Esimerkki Oy", "tillhandahålls av Exempel AB", "maintained by Example Ltd". */
const RUNS = /(?<![\p{L}])(?:ylläpitä\p{L}*|ylläpidosta|toimittama\p{L}*|tuottama\p{L}*|tarjoama\p{L}*|tillhandahåll\p{L}*|levereras av|drivs av|provided by|operated by|maintained by|supplied by|hosted by)(?![\p{L}])/iu;

/** Data said to be stored, sent or hosted somewhere: "tallennetaan Wilma-järjestelmään", "lagras hos", "hosted by". */
const STORES = /(?<![\p{L}])(?:tallenne\p{L}*|tallenta\p{L}*|säilö\p{L}*|lähetetään|lagras|sparas|skickas|stored|hosted|uploaded|sent)(?![\p{L}])/iu;

/** Data said to come to the controller rather than to go from it. */
const INCOMING = /(?<![\p{L}])(?:saadaan|saamme|kerätään|hankitaan|meille|från|oss|får vi)(?![\p{L}])|\b(?:from|receive[sd]?|obtain\p{L}*|us)\b/iu;

/** Verbs that say data are handed over, not merely sent ("uutiskirje lähetetään jäsenille" hands no data over). */
const HANDS_OVER =
  /(?<![\p{L}])(?:luovute\p{L}*|luovutamme|luovuttaa|luovuttavat|lämnas ut|lämnar ut|lämnas till|utlämnas|överlämnas|delas med|delar vi|disclose[sd]?|shared? with|passed on)(?![\p{L}])/iu;

/** An organisation the text names as the one data go to: "Tilastokeskukselle", "lajiliitolle", "till Skolverket", "with Eventbrite", "to the federation". */
function namedOrganisation(sentence: string): boolean {
  if (/(?<=\S\s+)\p{Lu}[\p{L}-]+lle(?![\p{L}])/u.test(sentence)) return true;
  const target = targetOf(sentence);
  if (target === undefined) return /(?<![\p{L}])\p{L}+lle(?![\p{L}])/u.test(sentence) && ORGANISATION.test(sentence);
  return /^\p{Lu}/u.test(target) || ORGANISATION.test(target);
}

/** The supervisory authority: where complaints go, not a recipient. */
const SUPERVISORY = /tietosuojavaltuutet\p{L}*|valvontaviranomai\p{L}*|tillsynsmyndighet\p{L}*|integritetsskyddsmyndighet\p{L}*|datainspektion\p{L}*|supervisory authorit\p{L}*|data protection (?:ombudsman|authority)/giu;

/** Parts of a notice where the parties named are the supervisory authority or the data protection officer, or where transfers are read. */
const SKIPPED = new Set(['rights', 'transfers', 'dpo']);

const ASK_ROLE = (name: string) =>
  `the original names ${name} as a service it uses: check that it receives personal data, and set \`role\` (\`processor\` when it processes them on the controller's behalf)`;

interface Found {
  recipient: Recipient;
  /** A TODO to put on it. */
  ask?: string;
}

/**
 * What one sentence names (with the sentences that go on about it). `onlyProcessors` among the
 * cookies, and where the notice says data are not disclosed: a processor named as such is a
 * recipient all the same.
 */
function found(x: DraftState, s: string, more: readonly string[], onlyProcessors: boolean): Found[] {
  if (NEGATED.test(s) || isRightsText(s)) return [];
  const role = recipientRole(s.replace(SUPERVISORY, ' ')).role;
  const named = namedParties(x, s);
  if (role === 'processor' && named.length) return named.map((name) => ({ recipient: { name, category: x.t(s), role } }));
  if (onlyProcessors) return [];
  const known = USES.test(s) ? providersNamed(s) : [];
  const services = new RegExp(USES_PARTY.source, 'iu').test(s) || STORES.test(s) ? serviceNames(s) : [];
  const serving = RUNS.test(s) ? named.filter((n) => !known.includes(n)) : named.filter((n) => services.some((m) => n.toLowerCase().includes(m.toLowerCase())));
  // A service and the company that runs it ("Example Pay Oy:n ylläpitämä Maksuri-palvelu") are one recipient: the company.
  const companies = serving.filter((n) => companyNames(s).includes(n));
  const unknown = companies.length ? companies : serving;
  if (known.length || unknown.length) return [...known, ...unknown].map((name) => ({ recipient: { name, category: x.t(s) }, ask: ASK_ROLE(name) }));
  const text = [s, ...more].join(' ');
  if (usesParty(s)) return [{ recipient: { category: x.t(text), ...recipientRole(text) } }];
  if (role === 'authority' && DISCLOSES.test(s) && !INCOMING.test(s)) return [{ recipient: { category: x.t(s), role } }];
  if (HANDS_OVER.test(s) && (PARTY.test(s) || namedOrganisation(s)) && !INCOMING.test(s)) return [{ recipient: { category: x.t(text), ...recipientRole(text) } }];
  return [];
}

/** A name's first word, by which one provider's services are told apart from another's ("Google Drive", "Google Workspace"). */
function firstWord(name: string): string {
  return name.toLowerCase().split(/[\s-]+/u)[0]!;
}

/** The sentences of some blocks, each with those after it in its paragraph that go on about it. */
function statements(blocks: readonly Block[]): { s: string; more: string[] }[] {
  const out: { s: string; more: string[] }[] = [];
  for (const b of blocks) {
    if (b.kind === 'list') out.push(...(b.items ?? []).map((s) => ({ s, more: [] })));
    if (b.kind !== 'paragraph') continue;
    const all = sentences(b.text);
    all.forEach((s, i) => {
      const more: string[] = [];
      for (let j = i + 1; j < all.length && goesOn(all[j]!); j++) more.push(all[j]!);
      out.push({ s, more });
    });
  }
  return out;
}

/** The recipients named outside the part on recipients, each once; a service or company with a TODO asking for its role. */
export function recipientsElsewhere(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  const listed = JSON.stringify(x.recipients).toLowerCase();
  const seen = new Set<string>();
  const parts = [{ blocks: front, cookies: false }, ...sections.filter((s) => !SKIPPED.has(s.kinds[0]!)).map((s) => ({ blocks: s.blocks, cookies: s.kinds[0] === 'cookies' }))];
  for (const { blocks, cookies } of parts) {
    for (const { s, more } of statements(blocks)) {
      for (const { recipient, ask } of found(x, s, more, cookies || x.recipientsNone)) {
        const key = recipient.name ? firstWord(recipient.name) : s.toLowerCase();
        if (seen.has(key) || listed.includes(key)) continue;
        seen.add(key);
        x.recipients.push(recipient);
        if (ask) x.todo(['recipients', x.recipients.length - 1], ask, []);
      }
    }
  }
}
