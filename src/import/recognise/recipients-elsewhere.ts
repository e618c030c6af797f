/**
 * Recipients a notice names outside its part on recipients (see `recipient-statement.ts` for what
 * a sentence must say), each added once, a service or company with a TODO asking for its role.
 */
import type { Block } from '../document/block.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import type { Section } from '../outline.js';
import { askRole, recipientsSaid, saysUse } from './recipient-statement.js';
import { leadsRecipients, leadsSystems, namesBeforeDash } from './systems-list.js';
import { goesOn } from './recipient-sentence.js';

/** Parts of a notice where the parties named are the supervisory authority or the data protection officer, or where transfers or recipients are read. */
const SKIPPED = new Set(['rights', 'transfers', 'dpo', 'recipients']);

/** A name's first word, by which one provider's services are told apart from another's ("Google Drive", "Google Workspace"). */
function firstWord(name: string): string {
  return name.toLowerCase().split(/[\s-]+/u)[0]!;
}

/** A sentence that leads into a list of the services used: "Verkkosivusto käyttää seuraavia palveluita", "We use the following services". */
const USES_FOLLOWING = /(?<![\p{L}])(?:käyttää|käytämme|hyödyntää|hyödynnämme|använder|anlitar|uses?|employs?)\s+(?:\p{L}+\s+){0,2}(?:seuraavi\p{L}*|följande|the following)(?![\p{L}])/iu;

/** The sentence of the paragraph before a list that says its items are services used, or systems the data are kept in. */
function leadingUse(blocks: readonly Block[], i: number): { ledBy: string; systems: boolean } | undefined {
  const before = blocks[i - 1];
  // A heading that says what the list names ("Most important 3rd party cookies used:", a Word file's bold line read as one).
  if (before?.kind === 'heading' && leadsSystems(before.text, before.text)) return { ledBy: before.text, systems: true };
  if (before?.kind !== 'paragraph') return undefined;
  const all = sentences(before.text);
  const uses = all.find((s) => USES_FOLLOWING.test(s));
  const last = all.at(-1);
  if (last !== undefined && (leadsSystems(last, before.text) || leadsRecipients(before.text))) return { ledBy: uses ?? last, systems: true };
  return uses === undefined ? undefined : { ledBy: uses, systems: false };
}

type Statement = { s: string; more: string[]; ledBy?: string; systems?: boolean };

/** The sentences of some blocks, each with those after it in its paragraph that go on about it, and the lead-in of a list of services used. */
function statements(blocks: readonly Block[]): Statement[] {
  const out: Statement[] = [];
  for (const [i, b] of blocks.entries()) {
    const lead = leadingUse(blocks, i);
    if (b.kind === 'list') out.push(...(b.items ?? []).map((s) => ({ s, more: [], ...(lead ?? {}) })));
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

/**
 * Another use of a provider already a recipient ("Tilaustiedot tallennetaan … Google Sheets -taulukkoon", then
 * "Käytämme Google Analyticsia kävijätilastojen seuraamiseen"): the provider stays one recipient, and what
 * it is used for is said in full. Only a sentence in which the controller says it uses the provider, or has it
 * on its site, and only once; not a pointer to the provider's own policy or what the provider does itself.
 */
function alsoUses(x: DraftState, key: string, s: string): void {
  if (!saysUse(s)) return;
  const same = x.recipients.find((r) => r.name !== undefined && firstWord(r.name) === key);
  const said = same?.category?.[x.lang];
  const sentence = s.trim().replace(/[.!?]+$/u, '');
  if (!same || said === undefined || said.includes(sentence)) return;
  same.category = { ...same.category, [x.lang]: `${said}${/[.!?]\s*$/u.test(said) ? '' : '.'} ${s.trim()}` };
}

/** The recipients named outside the part on recipients, each once; a service or company with a TODO asking for its role. */
export function recipientsElsewhere(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  const listed = JSON.stringify(x.recipients).toLowerCase();
  const seen = new Set<string>();
  // Each section's heading stands before its blocks: a heading may lead into the list under it.
  const parts = [{ blocks: front, cookies: false }, ...sections.filter((s) => !SKIPPED.has(s.kinds[0]!)).map((s) => ({ blocks: [s.heading, ...s.blocks], cookies: s.kinds[0] === 'cookies' }))];
  for (const { blocks, cookies } of parts) {
    for (const { s, more, ledBy, systems } of statements(blocks)) {
      // An item of a list of services used is read with its lead-in, and stands as itself; one that names its systems before a dash names them.
      const named = systems && !x.recipientsNone ? namesBeforeDash(s).map((name) => ({ recipient: { name, category: x.t(s) }, ask: askRole(name) })) : [];
      const said = named.length ? named : recipientsSaid(x, ledBy ? `${ledBy} ${s}` : s, more, cookies || x.recipientsNone, cookies && !x.recipientsNone);
      for (const { recipient, ask } of said.map((f) => (ledBy ? { ...f, recipient: { ...f.recipient, category: x.t(s) } } : f))) {
        const key = recipient.name ? firstWord(recipient.name) : s.toLowerCase();
        if (seen.has(key) || listed.includes(key)) {
          if (recipient.name) alsoUses(x, key, s);
          continue;
        }
        seen.add(key);
        x.recipients.push(recipient);
        if (ask) x.todo(['recipients', x.recipients.length - 1], ask, []);
      }
    }
  }
}
