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

export type SummaryLang = 'en' | 'fi';

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

/** The text in a language, or in any language it is written in. */
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

const UNITS: Record<SummaryLang, Record<'Y' | 'M' | 'W' | 'D' | 'H', [string, string]>> = {
  en: { Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], H: ['hour', 'hours'] },
  fi: { Y: ['vuosi', 'vuotta'], M: ['kuukausi', 'kuukautta'], W: ['viikko', 'viikkoa'], D: ['päivä', 'päivää'], H: ['tunti', 'tuntia'] },
};

/** `P2Y6M` → `2 years and 6 months`; anything else as written. */
export function describeDuration(period: string, lang: SummaryLang): string {
  const m = DURATION.exec(period);
  if (!m) return period;
  const parts: string[] = [];
  (['Y', 'M', 'W', 'D', 'H'] as const).forEach((unit, i) => {
    const n = m[i + 1];
    if (n === undefined) return;
    const [one, many] = UNITS[lang][unit];
    parts.push(`${Number(n)} ${Number(n) === 1 ? one : many}`);
  });
  if (parts.length < 2) return parts[0] ?? period;
  return `${parts.slice(0, -1).join(', ')} ${lang === 'fi' ? 'ja' : 'and'} ${parts[parts.length - 1]}`;
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

const BASIS: Record<SummaryLang, Record<LegalBasis, string>> = {
  en: {
    consent: 'consent',
    contract: 'contract',
    legal_obligation: 'legal obligation',
    vital_interests: 'vital interests',
    public_task: 'public task',
    legitimate_interests: 'legitimate interests',
  },
  fi: {
    consent: 'suostumus',
    contract: 'sopimus',
    legal_obligation: 'lakisääteinen velvoite',
    vital_interests: 'elintärkeät edut',
    public_task: 'yleistä etua koskeva tehtävä',
    legitimate_interests: 'oikeutettu etu',
  },
};

function basis(b: LegalBasis | undefined, lang: SummaryLang): string {
  return b ? code(BASIS[lang][b] ?? b) : lang === 'fi' ? 'ei oikeusperustetta' : 'none';
}

const SPECIAL: Record<SummaryLang, Record<string, string>> = {
  en: {
    racial_or_ethnic_origin: 'racial or ethnic origin',
    political_opinions: 'political opinions',
    religious_or_philosophical_beliefs: 'religious or philosophical beliefs',
    trade_union_membership: 'trade union membership',
    genetic: 'genetic data',
    biometric: 'biometric data',
    health: 'health data',
    sex_life_or_orientation: 'sex life or sexual orientation',
  },
  fi: {
    racial_or_ethnic_origin: 'rotu tai etninen alkuperä',
    political_opinions: 'poliittiset mielipiteet',
    religious_or_philosophical_beliefs: 'uskonnollinen tai filosofinen vakaumus',
    trade_union_membership: 'ammattiliiton jäsenyys',
    genetic: 'geneettiset tiedot',
    biometric: 'biometriset tiedot',
    health: 'terveystiedot',
    sex_life_or_orientation: 'seksuaalinen käyttäytyminen tai suuntautuminen',
  },
};

const SOURCE: Record<SummaryLang, Record<string, string>> = {
  en: { data_subject: 'the data subject', observation: 'observation', organisation: 'an organisation', public: 'a public source', authority: 'an authority' },
  fi: { data_subject: 'rekisteröity itse', observation: 'havainnointi', organisation: 'organisaatio', public: 'julkinen lähde', authority: 'viranomainen' },
};

const MECHANISM: Record<SummaryLang, Record<string, string>> = {
  en: {
    adequacy: 'adequacy decision',
    data_privacy_framework: 'EU-US Data Privacy Framework',
    standard_contractual_clauses: 'standard contractual clauses',
    binding_corporate_rules: 'binding corporate rules',
  },
  fi: {
    adequacy: 'riittävyyspäätös',
    data_privacy_framework: 'EU:n ja Yhdysvaltojen tietosuojakehys',
    standard_contractual_clauses: 'vakiosopimuslausekkeet',
    binding_corporate_rules: 'yritystä koskevat sitovat säännöt',
  },
};

function mechanism(m: string | undefined, lang: SummaryLang): string {
  if (!m) return lang === 'fi' ? 'ei siirtoperustetta' : 'none';
  return code(MECHANISM[lang][m] ?? m);
}

function purposeLabel(p: Purpose, lang: SummaryLang): string {
  return code(pick(p.description, lang) ?? p.id);
}

function categoryLabel(c: DataCategory, lang: SummaryLang): string {
  return code(pick(c.description, lang) ?? c.id);
}

function recipientLabel(r: Recipient, lang: SummaryLang): string {
  return code(r.name ?? pick(r.category, lang));
}

function transferLabel(t: Transfer, lang: SummaryLang): string {
  const to = lang === 'fi' ? `maahan ${code(t.country)}` : `to ${code(t.country)}`;
  return t.recipient ? `${to} (${code(t.recipient)})` : to;
}

function sourceLabel(s: Source, lang: SummaryLang): string {
  const what = s.name ?? pick(s.description, lang);
  return what ? `${code(what)} (${SOURCE[lang][s.type] ?? s.type})` : code(SOURCE[lang][s.type] ?? s.type);
}

// ————— The comparison —————

/** Find what changed between two versions of a register, in the order of the notice. */
export function diffRegisters(oldRegister: Register, newRegister: Register): Change[] {
  const out: Change[] = [];
  const add = (kind: ChangeKind, material: boolean, path: readonly Seg[], en: string, fi: string, where: 'new' | 'old' = 'new'): void => {
    out.push({ kind, material, path: pathString(path), in: where, summary: { en, fi } });
  };
  const a = oldRegister;
  const b = newRegister;

  if (!sameText(a.name, b.name)) {
    add('name-changed', false, ['name'], `The register was renamed from ${code(pick(a.name, 'en'))} to ${code(pick(b.name, 'en'))}.`, `Rekisterin nimi muuttui: ${code(pick(a.name, 'fi'))} → ${code(pick(b.name, 'fi'))}.`);
  }

  // Who. A new controller is a new party answerable for the data (WP260 paragraph 29 names a change
  // of the controller's identity among the changes always to be told); new contact details are not.
  const ca = a.controller;
  const cb = b.controller;
  if (cb && (ca?.name !== cb.name || ca?.business_id !== cb.business_id)) {
    const was = ca ? `${code(ca.name)}${ca.business_id ? ` (${ca.business_id})` : ''}` : '—';
    const is = `${code(cb.name)}${cb.business_id ? ` (${cb.business_id})` : ''}`;
    add('controller-changed', true, ['controller'], `The controller changed from ${was} to ${is}.`, `Rekisterinpitäjä vaihtui: ${was} → ${is}.`);
  } else if (ca && cb) {
    // The same controller under another name in some language (a parallel name, a municipality's
    // Swedish name) is no new party; nor are new contact details.
    if (!same(ca.names, cb.names)) {
      add('controller-names-changed', false, ['controller', 'names'], `The names of the controller ${code(cb.name)} in other languages changed.`, `Rekisterinpitäjän ${code(cb.name)} muunkieliset nimet muuttuivat.`);
    }
    if (!same({ ...ca, name: 0, business_id: 0, names: 0 }, { ...cb, name: 0, business_id: 0, names: 0 })) {
      add('controller-contact-changed', false, ['controller'], `The contact details of the controller ${code(cb.name)} changed.`, `Rekisterinpitäjän ${code(cb.name)} yhteystiedot muuttuivat.`);
    }
  }
  diffJointControllers(a.joint_controllers, b.joint_controllers, add);
  if (!same(a.representative, b.representative)) {
    const en = !b.representative ? 'The representative in the EU was removed.' : !a.representative ? `A representative in the EU, ${code(b.representative.name)}, was added.` : `The representative in the EU is now ${code(b.representative.name)}.`;
    const fi = !b.representative ? 'EU-edustaja poistettiin.' : !a.representative ? `Lisättiin EU-edustaja ${code(b.representative.name)}.` : `EU-edustaja on nyt ${code(b.representative.name)}.`;
    add('representative-changed', false, ['representative'], en, fi, b.representative ? 'new' : 'old');
  }
  if (!same(a.dpo, b.dpo)) {
    const en = !b.dpo ? 'The data protection officer was removed.' : !a.dpo ? 'A data protection officer was designated.' : 'The contact details of the data protection officer changed.';
    const fi = !b.dpo ? 'Tietosuojavastaava poistettiin.' : !a.dpo ? 'Nimettiin tietosuojavastaava.' : 'Tietosuojavastaavan yhteystiedot muuttuivat.';
    add('dpo-changed', false, ['dpo'], en, fi, b.dpo ? 'new' : 'old');
  }

  diffPurposes(a.purposes ?? [], b.purposes ?? [], add);

  // Special categories: the Art. 9(1) category is the identifier.
  const sa = a.special_categories ?? [];
  const sb = b.special_categories ?? [];
  const sm = matchItems<SpecialCategory>(sa, sb, (s) => ({ id: s.category, texts: [] }));
  for (const n of sm.added) {
    const s = sb[n]!;
    add('special-category-added', true, ['special_categories', n], `New special category of data: ${code(SPECIAL.en[s.category] ?? s.category)}.`, `Uusi erityinen henkilötietoryhmä: ${code(SPECIAL.fi[s.category] ?? s.category)}.`);
  }
  for (const o of sm.removed) {
    const s = sa[o]!;
    add('special-category-removed', false, ['special_categories', o], `Special category ${code(SPECIAL.en[s.category] ?? s.category)} is no longer processed.`, `Erityistä henkilötietoryhmää ${code(SPECIAL.fi[s.category] ?? s.category)} ei enää käsitellä.`, 'old');
  }
  for (const [o, n] of sm.pairs) {
    const x = sa[o]!;
    const y = sb[n]!;
    if (x.condition !== y.condition) {
      add('special-category-condition-changed', true, ['special_categories', n, 'condition'], `The Art. 9(2) condition for ${code(SPECIAL.en[y.category] ?? y.category)} changed from ${code(x.condition ?? '—')} to ${code(y.condition ?? '—')}.`, `Henkilötietoryhmän ${code(SPECIAL.fi[y.category] ?? y.category)} käsittelyperuste (9 art. 2) muuttui: ${code(x.condition ?? '—')} → ${code(y.condition ?? '—')}.`);
    }
  }
  if (!a.personal_identity_code && b.personal_identity_code) {
    add('personal-identity-code-added', true, ['personal_identity_code'], 'The personal identity code is now processed.', 'Henkilötunnusta käsitellään nyt.');
  } else if (a.personal_identity_code && !b.personal_identity_code) {
    add('personal-identity-code-removed', false, ['personal_identity_code'], 'The personal identity code is no longer processed.', 'Henkilötunnusta ei enää käsitellä.', 'old');
  }

  // Groups of data subjects are texts only.
  const da = a.data_subjects ?? [];
  const db = b.data_subjects ?? [];
  const dm = matchItems<Text>(da, db, (t) => ({ texts: texts(t) }));
  for (const n of dm.added) add('data-subjects-added', false, ['data_subjects', n], `New group of data subjects: ${code(pick(db[n], 'en'))}.`, `Uusi rekisteröityjen ryhmä: ${code(pick(db[n], 'fi'))}.`);
  for (const o of dm.removed) add('data-subjects-removed', false, ['data_subjects', o], `Group of data subjects removed: ${code(pick(da[o], 'en'))}.`, `Rekisteröityjen ryhmä poistettiin: ${code(pick(da[o], 'fi'))}.`, 'old');

  // Data categories: by id, else by description.
  const ga = a.data_categories ?? [];
  const gb = b.data_categories ?? [];
  const gm = matchItems<DataCategory>(ga, gb, (c) => ({ id: c.id, texts: texts(c.description) }));
  for (const n of gm.added) add('data-category-added', true, ['data_categories', n], `New category of personal data: ${categoryLabel(gb[n]!, 'en')}.`, `Uusi henkilötietoryhmä: ${categoryLabel(gb[n]!, 'fi')}.`);
  for (const o of gm.removed) add('data-category-removed', false, ['data_categories', o], `Category of personal data removed: ${categoryLabel(ga[o]!, 'en')}.`, `Henkilötietoryhmä poistettiin: ${categoryLabel(ga[o]!, 'fi')}.`, 'old');
  for (const [o, n] of gm.pairs) {
    const x = ga[o]!;
    const y = gb[n]!;
    if (!sameText(x.description, y.description)) {
      add('data-category-changed', false, ['data_categories', n, 'description'], `The description of the data category ${categoryLabel(x, 'en')} changed to ${categoryLabel(y, 'en')}.`, `Henkilötietoryhmän ${categoryLabel(x, 'fi')} kuvaus muuttui: ${categoryLabel(y, 'fi')}.`);
    }
    if (x.provision !== y.provision) {
      add('data-category-changed', false, ['data_categories', n, 'provision'], `Giving the data ${categoryLabel(y, 'en')} changed from ${code(x.provision ?? '—')} to ${code(y.provision ?? '—')}.`, `Tietojen ${categoryLabel(y, 'fi')} antamisen velvoittavuus muuttui: ${code(x.provision ?? '—')} → ${code(y.provision ?? '—')}.`);
    }
  }

  // Sources: by name, else by description; a source of a kind there is one of pairs by its type.
  const ra = a.sources ?? [];
  const rb = b.sources ?? [];
  const rm = matchItems<Source>(ra, rb, (s) => ({ texts: [...(s.name ? [`${s.type}:${s.name}`] : []), ...texts(s.description).map((t) => `${s.type}:${t}`)], loose: s.type }));
  for (const n of rm.added) {
    const s = rb[n]!;
    // Data from elsewhere than the data subject bring Art. 14 and a source the person may not expect.
    const outside = s.type !== 'data_subject' && s.type !== 'observation';
    add('source-added', outside, ['sources', n], `New source of data: ${sourceLabel(s, 'en')}.`, `Uusi tietolähde: ${sourceLabel(s, 'fi')}.`);
  }
  for (const o of rm.removed) add('source-removed', false, ['sources', o], `Source of data removed: ${sourceLabel(ra[o]!, 'en')}.`, `Tietolähde poistettiin: ${sourceLabel(ra[o]!, 'fi')}.`, 'old');

  // Recipients: by name, else by category text.
  const pa = list(a.recipients);
  const pb = list(b.recipients);
  const pm = matchItems<Recipient>(pa, pb, (r) => ({ texts: [...(r.name ? [r.name] : []), ...texts(r.category)] }));
  for (const n of pm.added) add('recipient-added', true, ['recipients', n], `New recipient: ${recipientLabel(pb[n]!, 'en')}.`, `Uusi vastaanottaja: ${recipientLabel(pb[n]!, 'fi')}.`);
  for (const o of pm.removed) add('recipient-removed', false, ['recipients', o], `Recipient removed: ${recipientLabel(pa[o]!, 'en')}.`, `Vastaanottaja poistettiin: ${recipientLabel(pa[o]!, 'fi')}.`, 'old');
  for (const [o, n] of pm.pairs) {
    const x = pa[o]!;
    const y = pb[n]!;
    const fields = (['role', 'country'] as const).filter((k) => x[k] !== y[k]);
    const texty = (['category', 'purpose', 'names'] as const).filter((k) => !sameText(x[k], y[k]));
    if (fields.length || texty.length) {
      const what = [...fields, ...texty].map((k) => code(k)).join(', ');
      add('recipient-changed', false, ['recipients', n], `Recipient ${recipientLabel(y, 'en')} changed: ${what}.`, `Vastaanottajan ${recipientLabel(y, 'fi')} tiedot muuttuivat: ${what}.`);
    }
  }

  // Transfers: by country and recipient; a country with one transfer on each side pairs by country.
  const ta = list(a.transfers);
  const tb = list(b.transfers);
  const tm = matchItems<Transfer>(ta, tb, (t) => ({ texts: [`${t.country}|${t.recipient ?? ''}`], loose: t.country }));
  for (const n of tm.added) {
    const t = tb[n]!;
    add('transfer-added', true, ['transfers', n], `New transfer outside the EEA ${transferLabel(t, 'en')} on ${mechanism(t.mechanism, 'en')}.`, `Uusi siirto ETA-alueen ulkopuolelle ${transferLabel(t, 'fi')}, siirtoperuste ${mechanism(t.mechanism, 'fi')}.`);
  }
  for (const o of tm.removed) add('transfer-removed', false, ['transfers', o], `Transfer ${transferLabel(ta[o]!, 'en')} ended.`, `Siirto ${transferLabel(ta[o]!, 'fi')} päättyi.`, 'old');
  for (const [o, n] of tm.pairs) {
    const x = ta[o]!;
    const y = tb[n]!;
    if (x.mechanism !== y.mechanism) {
      add('transfer-mechanism-changed', true, ['transfers', n, 'mechanism'], `The transfer ${transferLabel(y, 'en')} now rests on ${mechanism(y.mechanism, 'en')} instead of ${mechanism(x.mechanism, 'en')}.`, `Siirron ${transferLabel(y, 'fi')} peruste muuttui: ${mechanism(x.mechanism, 'fi')} → ${mechanism(y.mechanism, 'fi')}.`);
    }
    const other = (['recipient', 'safeguard_url'] as const).filter((k) => x[k] !== y[k]).map((k) => code(k));
    if (!sameText(x.description, y.description)) other.push(code('description'));
    if (other.length) add('transfer-changed', false, ['transfers', n], `The transfer ${transferLabel(y, 'en')} changed: ${other.join(', ')}.`, `Siirron ${transferLabel(y, 'fi')} tiedot muuttuivat: ${other.join(', ')}.`);
  }

  diffRetention(a, b, add);
  diffAutomated(a.automated_decisions, b.automated_decisions, add);

  if (!same(a.rights?.channels, b.rights?.channels)) {
    add('rights-channels-changed', false, ['rights', 'channels'], 'The ways to exercise data protection rights changed.', 'Tietosuojaoikeuksien käyttämisen yhteystiedot muuttuivat.', b.rights?.channels ? 'new' : 'old');
  }

  // Further processing for another purpose is what Art. 13(3) and 14(4) are written for.
  const fa = a.further_processing ?? [];
  const fb = b.further_processing ?? [];
  const fm = matchItems<FurtherProcessing>(fa, fb, (f) => ({ texts: texts(f.purpose) }));
  for (const n of fm.added) add('further-processing-added', true, ['further_processing', n], `Data are now also processed for another purpose: ${code(pick(fb[n]!.purpose, 'en'))}.`, `Tietoja käsitellään nyt myös muuhun tarkoitukseen: ${code(pick(fb[n]!.purpose, 'fi'))}.`);
  for (const o of fm.removed) add('further-processing-removed', false, ['further_processing', o], `Further processing ended: ${code(pick(fa[o]!.purpose, 'en'))}.`, `Käsittely muuhun tarkoitukseen päättyi: ${code(pick(fa[o]!.purpose, 'fi'))}.`, 'old');

  return out;
}

type Add = (kind: ChangeKind, material: boolean, path: readonly Seg[], en: string, fi: string, where?: 'new' | 'old') => void;

function diffJointControllers(a: JointControllers | undefined, b: JointControllers | undefined, add: Add): void {
  const xa = a?.parties ?? [];
  const xb = b?.parties ?? [];
  const m = matchItems(xa, xb, (p) => ({ id: p.business_id, texts: [p.name] }));
  // A new joint controller is a new party deciding on the data, as much as a new recipient.
  for (const n of m.added) add('joint-controller-added', true, ['joint_controllers', 'parties', n], `New joint controller: ${code(xb[n]!.name)}.`, `Uusi yhteisrekisterinpitäjä: ${code(xb[n]!.name)}.`);
  for (const o of m.removed) add('joint-controller-removed', false, ['joint_controllers', 'parties', o], `Joint controller removed: ${code(xa[o]!.name)}.`, `Yhteisrekisterinpitäjä poistettiin: ${code(xa[o]!.name)}.`, 'old');
}

function diffPurposes(pa: readonly Purpose[], pb: readonly Purpose[], add: Add): void {
  const m = matchItems(pa, pb, (p) => ({ id: p.id, texts: texts(p.description) }));
  for (const n of m.added) {
    const p = pb[n]!;
    add('purpose-added', true, ['purposes', n], `New purpose ${purposeLabel(p, 'en')} on the legal basis ${basis(p.legal_basis, 'en')}.`, `Uusi käsittelyn tarkoitus ${purposeLabel(p, 'fi')}, oikeusperuste ${basis(p.legal_basis, 'fi')}.`);
  }
  for (const o of m.removed) add('purpose-removed', false, ['purposes', o], `Purpose removed: ${purposeLabel(pa[o]!, 'en')}.`, `Käsittelyn tarkoitus poistettiin: ${purposeLabel(pa[o]!, 'fi')}.`, 'old');
  for (const [o, n] of m.pairs) {
    const x = pa[o]!;
    const y = pb[n]!;
    if (x.legal_basis !== y.legal_basis) {
      add('legal-basis-changed', true, ['purposes', n, 'legal_basis'], `The legal basis of the purpose ${purposeLabel(y, 'en')} changed from ${basis(x.legal_basis, 'en')} to ${basis(y.legal_basis, 'en')}.`, `Käsittelyn tarkoituksen ${purposeLabel(y, 'fi')} oikeusperuste muuttui: ${basis(x.legal_basis, 'fi')} → ${basis(y.legal_basis, 'fi')}.`);
    }
    if (y.direct_marketing === true && x.direct_marketing !== true) {
      add('direct-marketing-added', true, ['purposes', n, 'direct_marketing'], `Data of the purpose ${purposeLabel(y, 'en')} are now used for direct marketing.`, `Käsittelyn tarkoituksen ${purposeLabel(y, 'fi')} tietoja käytetään nyt suoramarkkinointiin.`);
    } else if (x.direct_marketing === true && y.direct_marketing !== true) {
      add('direct-marketing-removed', false, ['purposes', n], `Data of the purpose ${purposeLabel(y, 'en')} are no longer used for direct marketing.`, `Käsittelyn tarkoituksen ${purposeLabel(y, 'fi')} tietoja ei enää käytetä suoramarkkinointiin.`);
    }
    const reworded: string[] = (['description', 'legitimate_interest', 'law'] as const).filter((k) => !sameText(x[k], y[k]));
    if (!sameText(x.consent?.how_given, y.consent?.how_given) || !sameText(x.consent?.how_to_withdraw, y.consent?.how_to_withdraw)) reworded.push('consent');
    if (reworded.length) {
      const what = reworded.map((k) => code(k)).join(', ');
      add('purpose-reworded', false, ['purposes', n, reworded.length === 1 ? reworded[0]! : 'description'], `The wording of the purpose ${purposeLabel(y, 'en')} changed: ${what}.`, `Käsittelyn tarkoituksen ${purposeLabel(y, 'fi')} sanamuoto muuttui: ${what}.`);
    }
  }
}

function appliesKey(r: Retention): string {
  return r.applies_to ? [...r.applies_to].sort().join(',') : '*';
}

/**
 * Retention items pair by what they apply to: the same `applies_to`, else the most overlap. A new
 * item is compared with the period that applied before to the data it covers, so splitting a
 * catch-all `P1Y` into `contact: P5Y` and the rest still shows the longer retention of `contact`.
 */
function diffRetention(a: Register, b: Register, add: Add): void {
  const xa = a.retention ?? [];
  const xb = b.retention ?? [];
  const oldOf = new Map<number, number>();
  const used = new Set<number>();
  xb.forEach((r, n) => {
    const o = xa.findIndex((x, i) => !used.has(i) && appliesKey(x) === appliesKey(r));
    if (o !== -1) {
      oldOf.set(n, o);
      used.add(o);
    }
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
    if (best !== -1) {
      oldOf.set(n, best);
      used.add(best);
    }
  });

  const names = (reg: Register, r: Retention, lang: SummaryLang): string =>
    (r.applies_to ?? [])
      .map((id) => {
        const c = reg.data_categories?.find((x) => x.id === id);
        const p = reg.purposes?.find((x) => x.id === id);
        return code((c && pick(c.description, lang)) ?? (p && pick(p.description, lang)) ?? id);
      })
      .join(', ');
  /** `all data` / `X, Y` in English; the genitive `kaikkien tietojen` / `tietojen X, Y` in Finnish. */
  const en = (reg: Register, r: Retention): string => (r.applies_to ? names(reg, r, 'en') : 'all data');
  const fi = (reg: Register, r: Retention): string => (r.applies_to ? `tietojen ${names(reg, r, 'fi')}` : 'kaikkien tietojen');
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  const period = (p: string, lang: SummaryLang): string => code(describeDuration(p, lang));
  const compare = (before: string, r: Retention, n: number, from: string): boolean => {
    const cmp = compareDurations(before, r.period!);
    if (cmp === 1 || cmp === -1) {
      const longer = cmp === -1;
      add(
        longer ? 'retention-longer' : 'retention-shorter',
        longer,
        ['retention', n, 'period'],
        `Retention of ${en(b, r)} ${longer ? 'lengthened' : 'shortened'} from ${period(from, 'en')} to ${period(r.period!, 'en')}.`,
        `${cap(fi(b, r))} säilytysaika ${longer ? 'piteni' : 'lyheni'}: ${period(from, 'fi')} → ${period(r.period!, 'fi')}.`,
      );
      return true;
    }
    return false;
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
      if (before && r.period && compare(before, r, n, before)) return;
      add('retention-added', false, ['retention', n], `New retention rule for ${en(b, r)}${r.period ? `: ${period(r.period, 'en')}` : ''}.`, `Lisättiin ${fi(b, r)} säilytysaika${r.period ? `: ${period(r.period, 'fi')}` : ''}.`);
      return;
    }
    const x = xa[o]!;
    let compared = false;
    if (x.period && r.period && x.period !== r.period) {
      compared = compare(x.period, r, n, x.period);
    }
    const changed: string[] = [];
    if (!compared && x.period !== r.period) changed.push('period');
    for (const k of ['trigger', 'law', 'description'] as const) if (!sameText(x[k], r[k])) changed.push(k);
    if (appliesKey(x) !== appliesKey(r)) changed.push('applies_to');
    if (changed.length) {
      const what = changed.map((k) => code(k)).join(', ');
      add('retention-changed', false, ['retention', n], `The retention of ${en(b, r)} changed: ${what}.`, `${cap(fi(b, r))} säilytysajan tiedot muuttuivat: ${what}.`);
    }
  });
  xa.forEach((r, o) => {
    if (!used.has(o)) add('retention-removed', false, ['retention', o], `Retention rule for ${en(a, r)} removed.`, `${cap(fi(a, r))} säilytysaika poistettiin.`, 'old');
  });
}

function diffAutomated(x: 'none' | AutomatedDecision | undefined, y: 'none' | AutomatedDecision | undefined, add: Add): void {
  const was = typeof x === 'object';
  const is = typeof y === 'object';
  if (!was && is) {
    add('automated-decisions-added', true, ['automated_decisions'], `Decisions are now made by automated means${y.profiling ? ', including profiling' : ''}.`, `Käytössä on nyt automaattista päätöksentekoa${y.profiling ? ' ja profilointia' : ''}.`);
  } else if (was && !is) {
    add('automated-decisions-removed', false, ['automated_decisions'], 'Decisions are no longer made by automated means.', 'Automaattista päätöksentekoa ei enää käytetä.', y === undefined ? 'old' : 'new');
  } else if (was && is && !same(x, y)) {
    // Profiling where there was none is a new kind of processing; other rewording is not.
    const profiling = y.profiling === true && x.profiling !== true;
    add(
      'automated-decisions-changed',
      profiling,
      ['automated_decisions'],
      profiling ? 'Automated decisions now involve profiling.' : 'The description of automated decision-making changed.',
      profiling ? 'Automaattiseen päätöksentekoon liittyy nyt profilointia.' : 'Automaattisen päätöksenteon kuvaus muuttui.',
    );
  }
}
