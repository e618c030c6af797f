/**
 * The semantic difference of two versions of a register: what a data subject would need to know,
 * not which lines moved. Each change says whether it is material, i.e. whether data subjects must
 * be told of it actively (GDPR Art. 13(3), 14(4); WP260 rev.01 paragraphs 29–30).
 */
import type {
  AutomatedDecision,
  DataCategory,
  FurtherProcessing,
  JointControllers,
  LegalBasis,
  Purpose,
  Recipient,
  Register,
  Retention,
  Source,
  SpecialCategory,
  Text,
  Transfer,
} from '../types.js';
import { countryName } from '../compose/format.js';
import { DIFF_PHRASES, SUMMARY_LANGS, type DiffPhrases, type FieldName, type SummaryLang } from './phrases/index.js';

export type { SummaryLang } from './phrases/index.js';

export type ChangeKind =
  | 'name-changed'
  | 'controller-changed'
  | 'controller-contact-changed'
  | 'controller-names-changed'
  | 'joint-controller-added'
  | 'joint-controller-removed'
  | 'representative-changed'
  | 'dpo-changed'
  | 'purpose-added'
  | 'purpose-removed'
  | 'purpose-reworded'
  | 'legal-basis-changed'
  | 'direct-marketing-added'
  | 'direct-marketing-removed'
  | 'special-category-added'
  | 'special-category-removed'
  | 'special-category-condition-changed'
  | 'personal-identity-code-added'
  | 'personal-identity-code-removed'
  | 'data-subjects-added'
  | 'data-subjects-removed'
  | 'data-category-added'
  | 'data-category-removed'
  | 'data-category-changed'
  | 'source-added'
  | 'source-removed'
  | 'recipient-added'
  | 'recipient-removed'
  | 'recipient-changed'
  | 'transfer-added'
  | 'transfer-removed'
  | 'transfer-mechanism-changed'
  | 'transfer-changed'
  | 'retention-longer'
  | 'retention-shorter'
  | 'retention-changed'
  | 'retention-added'
  | 'retention-removed'
  | 'automated-decisions-added'
  | 'automated-decisions-removed'
  | 'automated-decisions-changed'
  | 'rights-channels-changed'
  | 'further-processing-added'
  | 'further-processing-removed';

export interface Change {
  kind: ChangeKind;
  /** Data subjects must be told actively (Art. 13(3), 14(4)); a revised notice on the website is not enough. */
  material: boolean;
  /** Where the change is, e.g. `purposes[2].legal_basis`: in the new register, or in the old one for removals. */
  path: string;
  /** Which version `path` points into. */
  in: 'new' | 'old';
  /** One sentence per language, values in backticks. */
  summary: Record<SummaryLang, string>;
}

type Seg = string | number;

function pathString(path: readonly Seg[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out;
}

// ————— Reading values —————

/** Whitespace and case do not make a different text. */
function norm(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/[.\s]+$/, '').trim();
}

function texts(text: Text | undefined): string[] {
  return text ? Object.values(text).filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

function clip(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim().replace(/`/g, "'");
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** The text in a language, else in English (Finnish for an English summary), else in any language it is written in. */
function pick(text: Text | undefined, lang: SummaryLang): string | undefined {
  return text?.[lang] ?? text?.[lang === 'en' ? 'fi' : 'en'] ?? texts(text)[0];
}

function code(s: string | number | undefined): string {
  return `\`${clip(String(s ?? ''))}\``;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Key order does not make a different value. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

function sameText(a: Text | undefined, b: Text | undefined): boolean {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  for (const k of keys) {
    const x = a?.[k];
    const y = b?.[k];
    if ((x === undefined) !== (y === undefined)) return false;
    if (x !== undefined && y !== undefined && norm(x) !== norm(y)) return false;
  }
  return true;
}

// ————— Durations —————

const DAYS = { Y: 365.25, M: 30.44, W: 7, D: 1, H: 1 / 24 } as const;
const DURATION = /^P(?=\d|T\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(\d+)H)?$/;

/** Length of an ISO 8601 period in days (a month 30.44 days, a year 365.25), or undefined. */
export function durationDays(period: string | undefined): number | undefined {
  const m = period ? DURATION.exec(period) : null;
  if (!m) return undefined;
  return Number(m[1] ?? 0) * DAYS.Y + Number(m[2] ?? 0) * DAYS.M + Number(m[3] ?? 0) * DAYS.W + Number(m[4] ?? 0) * DAYS.D + Number(m[5] ?? 0) * DAYS.H;
}

/** `P12M` and `P1Y` are the same length; the approximations differ by less than a day in a year. */
export function compareDurations(a: string, b: string): -1 | 0 | 1 | undefined {
  const x = durationDays(a);
  const y = durationDays(b);
  if (x === undefined || y === undefined) return undefined;
  // Within a day of each other (or of a thousandth) is the same; hours are compared as they are.
  if (Math.abs(x - y) <= (Math.min(x, y) < 1 ? 1e-9 : Math.max(1, 0.001 * Math.max(x, y)))) return 0;
  return x < y ? -1 : 1;
}

/** `P2Y6M` → `2 years and 6 months`; anything else as written. */
export function describeDuration(period: string, lang: SummaryLang): string {
  const m = DURATION.exec(period);
  if (!m) return period;
  const parts: string[] = [];
  (['Y', 'M', 'W', 'D', 'H'] as const).forEach((unit, i) => {
    const n = m[i + 1];
    if (n === undefined) return;
    const [one, many] = DIFF_PHRASES[lang].units[unit];
    parts.push(`${Number(n)} ${Number(n) === 1 ? one : many}`);
  });
  return parts.length ? joinWords(parts, DIFF_PHRASES[lang]) : period;
}

/** `a`, `a and b`, `a, b and c`. */
function joinWords(parts: readonly string[], w: DiffPhrases): string {
  if (parts.length < 2) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${w.and} ${parts[parts.length - 1]}`;
}

/** The parts of an item that changed, in words. */
function fieldList(fields: readonly FieldName[], w: DiffPhrases): string {
  return joinWords(fields.map((f) => w.fields[f]), w);
}

// ————— Matching list items —————

interface Keys {
  /** The item's own `id` (or another identifier such as a business ID or a category code). */
  id?: string | undefined;
  /** Texts that name the item: its description or name in any language. */
  texts: string[];
  /** A weaker key used last, e.g. a transfer's country: pairs items only when it is unambiguous. */
  loose?: string | undefined;
}

interface Matched {
  /** [old index, new index], in the order of the new list. */
  pairs: [number, number][];
  removed: number[];
  added: number[];
}

/**
 * Which item of the old list became which item of the new one. Three passes:
 *  1. Two items that both have an `id` are the same item exactly when the ids are equal; an item
 *     keeps its id however much its wording changes, and two different ids are never one item.
 *  2. When at least one of the two has no id, they are the same item when they share a text in any
 *     language: a description or name reworded in Finnish but not in English still matches.
 *  3. Items still unpaired that share a loose key (a transfer's country, a source's type) are paired
 *     when exactly one old and one new item have that key.
 * Whatever is left is removed (old) or added (new). An item reworded in every language at once and
 * without an id therefore shows as removed and added: give items ids to keep them stable.
 */
function matchItems<T>(olds: readonly T[], news: readonly T[], keysOf: (item: T) => Keys): Matched {
  const ok = olds.map(keysOf);
  const nk = news.map(keysOf);
  const oldOf = new Map<number, number>();
  const usedOld = new Set<number>();
  const pair = (o: number, n: number): void => {
    oldOf.set(n, o);
    usedOld.add(o);
  };
  nk.forEach((k, n) => {
    if (k.id === undefined) return;
    const o = ok.findIndex((x, i) => !usedOld.has(i) && x.id === k.id);
    if (o !== -1) pair(o, n);
  });
  nk.forEach((k, n) => {
    if (oldOf.has(n)) return;
    const mine = new Set(k.texts.map(norm));
    const o = ok.findIndex((x, i) => !usedOld.has(i) && !(x.id !== undefined && k.id !== undefined) && x.texts.some((t) => mine.has(norm(t))));
    if (o !== -1) pair(o, n);
  });
  const looseOld = new Map<string, number[]>();
  ok.forEach((x, i) => {
    if (!usedOld.has(i) && x.loose !== undefined) looseOld.set(x.loose, [...(looseOld.get(x.loose) ?? []), i]);
  });
  const looseNew = new Map<string, number[]>();
  nk.forEach((x, i) => {
    if (!oldOf.has(i) && x.loose !== undefined) looseNew.set(x.loose, [...(looseNew.get(x.loose) ?? []), i]);
  });
  for (const [key, ns] of looseNew) {
    const os = looseOld.get(key) ?? [];
    const [o] = os;
    const [n] = ns;
    if (os.length !== 1 || ns.length !== 1 || o === undefined || n === undefined) continue;
    if (ok[o]!.id !== undefined && nk[n]!.id !== undefined) continue;
    pair(o, n);
  }
  const pairs: [number, number][] = [];
  const added: number[] = [];
  news.forEach((_, n) => {
    const o = oldOf.get(n);
    if (o === undefined) added.push(n);
    else pairs.push([o, n]);
  });
  const removed = olds.map((_, i) => i).filter((i) => !usedOld.has(i));
  return { pairs, removed, added };
}

function list<T>(value: T[] | 'none' | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

// ————— Labels —————

function basis(b: LegalBasis | undefined, w: DiffPhrases): string {
  return b ? code(w.bases[b] ?? b) : w.noBasis;
}

function special(category: string, w: DiffPhrases): string {
  return code((w.special as Record<string, string>)[category] ?? category);
}

function mechanism(m: string | undefined, w: DiffPhrases): string {
  if (!m) return w.noMechanism;
  return code(w.mechanisms[m] ?? m);
}

function purposeLabel(p: Purpose, w: DiffPhrases): string {
  return code(pick(p.description, w.lang) ?? p.id);
}

function categoryLabel(c: DataCategory, w: DiffPhrases): string {
  return code(pick(c.description, w.lang) ?? c.id);
}

function recipientLabel(r: Recipient, w: DiffPhrases): string {
  return code(r.name ?? pick(r.category, w.lang));
}

function transferLabel(t: Transfer, w: DiffPhrases): string {
  const to = w.transferTo(code(t.country && countryName(t.country, w.lang)));
  return t.recipient ? `${to} (${code(t.recipient)})` : to;
}

function sourceLabel(s: Source, w: DiffPhrases): string {
  const what = s.name ?? pick(s.description, w.lang);
  const type = w.sources[s.type] ?? s.type;
  return what ? `${code(what)} (${type})` : code(type);
}

// ————— The comparison —————

/** A change's summary in a language, from that language's phrase table. */
type Say = (w: DiffPhrases) => string;

type Add = (kind: ChangeKind, material: boolean, path: readonly Seg[], say: Say, where?: 'new' | 'old') => void;

function summarise(say: Say): Record<SummaryLang, string> {
  return Object.fromEntries(SUMMARY_LANGS.map((lang) => [lang, say(DIFF_PHRASES[lang])])) as Record<SummaryLang, string>;
}

/** Find what changed between two versions of a register, in the order of the notice. */
export function diffRegisters(oldRegister: Register, newRegister: Register): Change[] {
  const out: Change[] = [];
  const add: Add = (kind, material, path, say, where = 'new') => {
    out.push({ kind, material, path: pathString(path), in: where, summary: summarise(say) });
  };
  const a = oldRegister;
  const b = newRegister;

  if (!sameText(a.name, b.name)) {
    add('name-changed', false, ['name'], (w) => w.nameChanged(code(pick(a.name, w.lang)), code(pick(b.name, w.lang))));
  }
  diffController(a, b, add);
  diffJointControllers(a.joint_controllers, b.joint_controllers, add);
  if (!same(a.representative, b.representative)) {
    const r = b.representative;
    const say: Say = (w) => (!r ? w.representativeRemoved : !a.representative ? w.representativeAdded(code(r.name)) : w.representativeReplaced(code(r.name)));
    add('representative-changed', false, ['representative'], say, r ? 'new' : 'old');
  }
  if (!same(a.dpo, b.dpo)) {
    add('dpo-changed', false, ['dpo'], (w) => (!b.dpo ? w.dpoRemoved : !a.dpo ? w.dpoAdded : w.dpoContactChanged), b.dpo ? 'new' : 'old');
  }

  diffPurposes(a.purposes ?? [], b.purposes ?? [], add);
  diffSpecialCategories(a.special_categories ?? [], b.special_categories ?? [], add);
  if (!a.personal_identity_code && b.personal_identity_code) {
    add('personal-identity-code-added', true, ['personal_identity_code'], (w) => w.identityCodeAdded);
  } else if (a.personal_identity_code && !b.personal_identity_code) {
    add('personal-identity-code-removed', false, ['personal_identity_code'], (w) => w.identityCodeRemoved, 'old');
  }

  // Groups of data subjects are texts only.
  const da = a.data_subjects ?? [];
  const db = b.data_subjects ?? [];
  const dm = matchItems<Text>(da, db, (t) => ({ texts: texts(t) }));
  for (const n of dm.added) add('data-subjects-added', false, ['data_subjects', n], (w) => w.dataSubjectsAdded(code(pick(db[n], w.lang))));
  for (const o of dm.removed) add('data-subjects-removed', false, ['data_subjects', o], (w) => w.dataSubjectsRemoved(code(pick(da[o], w.lang))), 'old');

  diffDataCategories(a.data_categories ?? [], b.data_categories ?? [], add);
  diffSources(a.sources ?? [], b.sources ?? [], add);
  diffRecipients(list(a.recipients), list(b.recipients), add);
  diffTransfers(list(a.transfers), list(b.transfers), add);
  diffRetention(a, b, add);
  diffAutomated(a.automated_decisions, b.automated_decisions, add);

  if (!same(a.rights?.channels, b.rights?.channels)) {
    add('rights-channels-changed', false, ['rights', 'channels'], (w) => w.rightsChannelsChanged, b.rights?.channels ? 'new' : 'old');
  }

  // Further processing for another purpose is what Art. 13(3) and 14(4) are written for.
  const fa = a.further_processing ?? [];
  const fb = b.further_processing ?? [];
  const fm = matchItems<FurtherProcessing>(fa, fb, (f) => ({ texts: texts(f.purpose) }));
  for (const n of fm.added) add('further-processing-added', true, ['further_processing', n], (w) => w.furtherProcessingAdded(code(pick(fb[n]!.purpose, w.lang))));
  for (const o of fm.removed) add('further-processing-removed', false, ['further_processing', o], (w) => w.furtherProcessingRemoved(code(pick(fa[o]!.purpose, w.lang))), 'old');

  return out;
}

/**
 * Who. A new controller is a new party answerable for the data (WP260 paragraph 29 names a change
 * of the controller's identity among the changes always to be told); new contact details are not.
 */
function diffController(a: Register, b: Register, add: Add): void {
  const ca = a.controller;
  const cb = b.controller;
  if (cb && (ca?.name !== cb.name || ca?.business_id !== cb.business_id)) {
    const was = ca ? `${code(ca.name)}${ca.business_id ? ` (${ca.business_id})` : ''}` : '—';
    const is = `${code(cb.name)}${cb.business_id ? ` (${cb.business_id})` : ''}`;
    add('controller-changed', true, ['controller'], (w) => w.controllerChanged(was, is));
  } else if (ca && cb) {
    // The same controller under another name in some language (a parallel name, a municipality's
    // Swedish name) is no new party; nor are new contact details.
    if (!same(ca.names, cb.names)) add('controller-names-changed', false, ['controller', 'names'], (w) => w.controllerNamesChanged(code(cb.name)));
    if (!same({ ...ca, name: 0, business_id: 0, names: 0 }, { ...cb, name: 0, business_id: 0, names: 0 })) {
      add('controller-contact-changed', false, ['controller'], (w) => w.controllerContactChanged(code(cb.name)));
    }
  }
}

function diffJointControllers(a: JointControllers | undefined, b: JointControllers | undefined, add: Add): void {
  const xa = a?.parties ?? [];
  const xb = b?.parties ?? [];
  const m = matchItems(xa, xb, (p) => ({ id: p.business_id, texts: [p.name] }));
  // A new joint controller is a new party deciding on the data, as much as a new recipient.
  for (const n of m.added) add('joint-controller-added', true, ['joint_controllers', 'parties', n], (w) => w.jointControllerAdded(code(xb[n]!.name)));
  for (const o of m.removed) add('joint-controller-removed', false, ['joint_controllers', 'parties', o], (w) => w.jointControllerRemoved(code(xa[o]!.name)), 'old');
}

function diffPurposes(pa: readonly Purpose[], pb: readonly Purpose[], add: Add): void {
  const m = matchItems(pa, pb, (p) => ({ id: p.id, texts: texts(p.description) }));
  for (const n of m.added) {
    const p = pb[n]!;
    add('purpose-added', true, ['purposes', n], (w) => w.purposeAdded(purposeLabel(p, w), basis(p.legal_basis, w)));
  }
  for (const o of m.removed) add('purpose-removed', false, ['purposes', o], (w) => w.purposeRemoved(purposeLabel(pa[o]!, w)), 'old');
  for (const [o, n] of m.pairs) {
    const x = pa[o]!;
    const y = pb[n]!;
    if (x.legal_basis !== y.legal_basis) {
      add('legal-basis-changed', true, ['purposes', n, 'legal_basis'], (w) => w.legalBasisChanged(purposeLabel(y, w), basis(x.legal_basis, w), basis(y.legal_basis, w)));
    }
    if (y.direct_marketing === true && x.direct_marketing !== true) {
      add('direct-marketing-added', true, ['purposes', n, 'direct_marketing'], (w) => w.directMarketingAdded(purposeLabel(y, w)));
    } else if (x.direct_marketing === true && y.direct_marketing !== true) {
      add('direct-marketing-removed', false, ['purposes', n], (w) => w.directMarketingRemoved(purposeLabel(y, w)));
    }
    const reworded: FieldName[] = (['description', 'legitimate_interest', 'law'] as const).filter((k) => !sameText(x[k], y[k]));
    if (!sameText(x.consent?.how_given, y.consent?.how_given) || !sameText(x.consent?.how_to_withdraw, y.consent?.how_to_withdraw)) reworded.push('consent');
    if (reworded.length) {
      add('purpose-reworded', false, ['purposes', n, reworded.length === 1 ? reworded[0]! : 'description'], (w) => w.purposeReworded(purposeLabel(y, w), fieldList(reworded, w)));
    }
  }
}

/** Special categories: the Art. 9(1) category is the identifier. */
function diffSpecialCategories(sa: readonly SpecialCategory[], sb: readonly SpecialCategory[], add: Add): void {
  const sm = matchItems<SpecialCategory>(sa, sb, (s) => ({ id: s.category, texts: [] }));
  for (const n of sm.added) add('special-category-added', true, ['special_categories', n], (w) => w.specialCategoryAdded(special(sb[n]!.category, w)));
  for (const o of sm.removed) add('special-category-removed', false, ['special_categories', o], (w) => w.specialCategoryRemoved(special(sa[o]!.category, w)), 'old');
  for (const [o, n] of sm.pairs) {
    const x = sa[o]!;
    const y = sb[n]!;
    if (x.condition !== y.condition) {
      add('special-category-condition-changed', true, ['special_categories', n, 'condition'], (w) => w.specialConditionChanged(special(y.category, w), code(x.condition ?? '—'), code(y.condition ?? '—')));
    }
  }
}

/** Data categories: by id, else by description. */
function diffDataCategories(ga: readonly DataCategory[], gb: readonly DataCategory[], add: Add): void {
  const gm = matchItems<DataCategory>(ga, gb, (c) => ({ id: c.id, texts: texts(c.description) }));
  for (const n of gm.added) add('data-category-added', true, ['data_categories', n], (w) => w.dataCategoryAdded(categoryLabel(gb[n]!, w)));
  for (const o of gm.removed) add('data-category-removed', false, ['data_categories', o], (w) => w.dataCategoryRemoved(categoryLabel(ga[o]!, w)), 'old');
  for (const [o, n] of gm.pairs) {
    const x = ga[o]!;
    const y = gb[n]!;
    if (!sameText(x.description, y.description)) {
      add('data-category-changed', false, ['data_categories', n, 'description'], (w) => w.dataCategoryRenamed(categoryLabel(x, w), categoryLabel(y, w)));
    }
    if (x.provision !== y.provision) {
      add('data-category-changed', false, ['data_categories', n, 'provision'], (w) => w.provisionChanged(categoryLabel(y, w), code(x.provision ?? '—'), code(y.provision ?? '—')));
    }
  }
}

/** Sources: by name, else by description; a source of a kind there is one of pairs by its type. */
function diffSources(ra: readonly Source[], rb: readonly Source[], add: Add): void {
  const rm = matchItems<Source>(ra, rb, (s) => ({ texts: [...(s.name ? [`${s.type}:${s.name}`] : []), ...texts(s.description).map((t) => `${s.type}:${t}`)], loose: s.type }));
  for (const n of rm.added) {
    const s = rb[n]!;
    // Data from elsewhere than the data subject bring Art. 14 and a source the person may not expect.
    const outside = s.type !== 'data_subject' && s.type !== 'observation';
    add('source-added', outside, ['sources', n], (w) => w.sourceAdded(sourceLabel(s, w)));
  }
  for (const o of rm.removed) add('source-removed', false, ['sources', o], (w) => w.sourceRemoved(sourceLabel(ra[o]!, w)), 'old');
}

/** Recipients: by name, else by category text. */
function diffRecipients(pa: readonly Recipient[], pb: readonly Recipient[], add: Add): void {
  const pm = matchItems<Recipient>(pa, pb, (r) => ({ texts: [...(r.name ? [r.name] : []), ...texts(r.category)] }));
  for (const n of pm.added) add('recipient-added', true, ['recipients', n], (w) => w.recipientAdded(recipientLabel(pb[n]!, w)));
  for (const o of pm.removed) add('recipient-removed', false, ['recipients', o], (w) => w.recipientRemoved(recipientLabel(pa[o]!, w)), 'old');
  for (const [o, n] of pm.pairs) {
    const x = pa[o]!;
    const y = pb[n]!;
    const fields = (['role', 'country'] as const).filter((k) => x[k] !== y[k]);
    const texty = (['category', 'purpose', 'names'] as const).filter((k) => !sameText(x[k], y[k]));
    if (fields.length || texty.length) {
      add('recipient-changed', false, ['recipients', n], (w) => w.recipientChanged(recipientLabel(y, w), fieldList([...fields, ...texty], w)));
    }
  }
}

/** Transfers: by country and recipient; a country with one transfer on each side pairs by country. */
function diffTransfers(ta: readonly Transfer[], tb: readonly Transfer[], add: Add): void {
  const tm = matchItems<Transfer>(ta, tb, (t) => ({ texts: [`${t.country}|${t.recipient ?? ''}`], loose: t.country }));
  for (const n of tm.added) {
    const t = tb[n]!;
    add('transfer-added', true, ['transfers', n], (w) => w.transferAdded(transferLabel(t, w), mechanism(t.mechanism, w)));
  }
  for (const o of tm.removed) add('transfer-removed', false, ['transfers', o], (w) => w.transferRemoved(transferLabel(ta[o]!, w)), 'old');
  for (const [o, n] of tm.pairs) {
    const x = ta[o]!;
    const y = tb[n]!;
    if (x.mechanism !== y.mechanism) {
      add('transfer-mechanism-changed', true, ['transfers', n, 'mechanism'], (w) => w.transferMechanismChanged(transferLabel(y, w), mechanism(x.mechanism, w), mechanism(y.mechanism, w)));
    }
    const other: FieldName[] = (['recipient', 'safeguard_url'] as const).filter((k) => x[k] !== y[k]);
    if (!sameText(x.description, y.description)) other.push('description');
    if (other.length) add('transfer-changed', false, ['transfers', n], (w) => w.transferChanged(transferLabel(y, w), fieldList(other, w)));
  }
}

function appliesKey(r: Retention): string {
  return r.applies_to ? [...r.applies_to].sort().join(',') : '*';
}

/**
 * Which old retention item each new one continues: the same `applies_to`, else the one that covers
 * the most of the same data.
 */
function pairRetention(xa: readonly Retention[], xb: readonly Retention[]): { oldOf: Map<number, number>; used: Set<number> } {
  const oldOf = new Map<number, number>();
  const used = new Set<number>();
  const pair = (n: number, o: number): void => {
    oldOf.set(n, o);
    used.add(o);
  };
  xb.forEach((r, n) => {
    const o = xa.findIndex((x, i) => !used.has(i) && appliesKey(x) === appliesKey(r));
    if (o !== -1) pair(n, o);
  });
  xb.forEach((r, n) => {
    if (oldOf.has(n) || !r.applies_to) return;
    let best = -1;
    let bestOverlap = 0;
    xa.forEach((x, i) => {
      if (used.has(i) || !x.applies_to) return;
      const overlap = x.applies_to.filter((id) => r.applies_to!.includes(id)).length;
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best !== -1) pair(n, best);
  });
  return { oldOf, used };
}

/** The data a retention item is for, named in a language: the data categories' or purposes' descriptions. */
function retentionOf(reg: Register, r: Retention, w: DiffPhrases): string {
  if (!r.applies_to) return w.retentionOf(undefined);
  const names = r.applies_to.map((id) => {
    const c = reg.data_categories?.find((x) => x.id === id);
    const p = reg.purposes?.find((x) => x.id === id);
    return code((c && pick(c.description, w.lang)) ?? (p && pick(p.description, w.lang)) ?? id);
  });
  return w.retentionOf(names.join(', '));
}

function period(p: string, w: DiffPhrases): string {
  return code(describeDuration(p, w.lang));
}

/**
 * Retention items pair by what they apply to: the same `applies_to`, else the most overlap. A new
 * item is compared with the period that applied before to the data it covers, so splitting a
 * catch-all `P1Y` into `contact: P5Y` and the rest still shows the longer retention of `contact`.
 */
function diffRetention(a: Register, b: Register, add: Add): void {
  const xa = a.retention ?? [];
  const xb = b.retention ?? [];
  const { oldOf, used } = pairRetention(xa, xb);
  /** A longer or shorter period is a change of its own; the same length is not. */
  const compare = (before: string, r: Retention, n: number): boolean => {
    const cmp = compareDurations(before, r.period!);
    if (cmp !== 1 && cmp !== -1) return false;
    const longer = cmp === -1;
    add(longer ? 'retention-longer' : 'retention-shorter', longer, ['retention', n, 'period'], (w) => w.retentionLength(retentionOf(b, r, w), longer, period(before, w), period(r.period!, w)));
    return true;
  };

  xb.forEach((r, n) => {
    const o = oldOf.get(n);
    if (o === undefined) {
      // The longest period that applied before to any of the data this item covers.
      let before: string | undefined;
      for (const id of r.applies_to ?? []) {
        const prior = xa.find((x) => x.applies_to?.includes(id)) ?? xa.find((x) => !x.applies_to);
        if (prior?.period && (before === undefined || (compareDurations(prior.period, before) ?? 0) > 0)) before = prior.period;
      }
      if (before && r.period && compare(before, r, n)) return;
      add('retention-added', false, ['retention', n], (w) => w.retentionAdded(retentionOf(b, r, w), r.period ? period(r.period, w) : undefined));
      return;
    }
    const x = xa[o]!;
    const compared = x.period !== undefined && r.period !== undefined && x.period !== r.period && compare(x.period, r, n);
    const changed: FieldName[] = [];
    if (!compared && x.period !== r.period) changed.push('period');
    for (const k of ['trigger', 'law', 'description'] as const) if (!sameText(x[k], r[k])) changed.push(k);
    if (appliesKey(x) !== appliesKey(r)) changed.push('applies_to');
    if (changed.length) {
      add('retention-changed', false, ['retention', n], (w) => w.retentionChanged(retentionOf(b, r, w), fieldList(changed, w)));
    }
  });
  xa.forEach((r, o) => {
    if (!used.has(o)) add('retention-removed', false, ['retention', o], (w) => w.retentionRemoved(retentionOf(a, r, w)), 'old');
  });
}

function diffAutomated(x: 'none' | AutomatedDecision | undefined, y: 'none' | AutomatedDecision | undefined, add: Add): void {
  const was = typeof x === 'object';
  const is = typeof y === 'object';
  if (!was && is) {
    add('automated-decisions-added', true, ['automated_decisions'], (w) => w.automatedAdded(y.profiling === true));
  } else if (was && !is) {
    add('automated-decisions-removed', false, ['automated_decisions'], (w) => w.automatedRemoved, y === undefined ? 'old' : 'new');
  } else if (was && is && !same(x, y)) {
    // Profiling where there was none is a new kind of processing; other rewording is not.
    const profiling = y.profiling === true && x.profiling !== true;
    add('automated-decisions-changed', profiling, ['automated_decisions'], (w) => (profiling ? w.automatedProfiling : w.automatedChanged));
  }
}
