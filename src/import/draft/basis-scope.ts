/**
 * One basis for the processing and another for a kind of data: "oikeusperuste on oikeutettu etu,
 * sekä terveystietojen kohdalla suostumus", "berättigat intresse och, för hälsouppgifter, samtycke",
 * "legitimate interests, and for health data your consent". The purposes of the same section that
 * speak of that kind of data get the second; the others get the first. So too in one item: "Arvostelut:
 * suostumus sekä väärinkäytösten torjunnan osalta oikeutettu etu" rests on consent, its label naming
 * no abuse. A basis for a case ("samt, om avtal ingås, fullgörande av avtal") leaves the purposes that do not
 * speak of it on the general one.
 */
import type { LegalBasis } from '../../types.js';
import { statedBases } from '../recognise/bases.js';
import type { PurposeDraft, Statement } from './state.js';

/** Where one basis ends and the next begins. */
const CLAUSES = /[;]\s*|,?\s+(?:sekä|mutta|samt|men|whereas|while|but),?\s+|,\s+(?:ja|och|and)\s+/iu;

/** A Finnish postposition anywhere, or a Swedish or English preposition opening the clause, that limits a basis to some data. */
const SCOPE = /(?<![\p{L}])(?:kohdalla|osalta|tapauksessa)(?![\p{L}])|^(?:för|vad gäller|när det gäller|beträffande|for|regarding|as regards|when it comes to|in the case of|in respect of)(?![\p{L}])/iu;

/** Health data and the words a purpose speaks of them in (allergies, diets). */
const HEALTH_SCOPE = /terve|arkaluont|arkaluonte|erityis\p{L}* (?:henkilö)?tietoryhm|hälsa|hälso|känslig|särskilda kategori|health|medical|sensitive|special categor/iu;
const HEALTH_WORDS = /terve|allerg|ruokavalio|ruokarajoit|sairau|lääk|hälsa|hälso|allergi|specialkost|kostbehov|sjuk|health|dietary|diet\b|medical|illness/iu;

/** Words too common to tie a purpose to a kind of data. */
const COMMON = /^(?:henkil|tietoj|tiedot|tietoa|rekist|käsitt|käsite|person|uppgif|behand|regist|inform|proces)/iu;

/** The words of six letters or more, cut to six, without those too common to tell things apart. */
export function stems(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}{6,}/gu) ?? [];
  return new Set(words.map((w) => w.slice(0, 6)).filter((w) => !COMMON.test(w)));
}

/** The purpose speaks of the data the clause limits its basis to. */
function inScope(scope: string, purpose: string): boolean {
  if (HEALTH_SCOPE.test(scope) && HEALTH_WORDS.test(purpose)) return true;
  const own = stems(purpose);
  return [...stems(scope)].some((w) => own.has(w));
}

/** A condition that names a kind of data ("om det rör sig om hälsouppgifter", "if you tell us about allergies"): a scope, not a case. */
const OF_DATA = new RegExp(`${HEALTH_SCOPE.source}|${HEALTH_WORDS.source}|tiedo|tietoj|uppgift|\\bdata\\b|information`, 'iu');

/** A clause that opens on the case it holds in: "om avtal ingås, fullgörande av avtal", "jos sopimus tehdään, sopimus", "where a contract is made, the contract". */
const CASE = /^(?:om|ifall|när|jos|mikäli|kun|if|where|when|once|in case)\s/iu;

interface Clause {
  basis: LegalBasis;
  text: string;
  scoped: boolean;
  /** A case after the general basis, not a kind of data ("men när det gäller hälsouppgifter" is one). */
  isCase: boolean;
}

function clauses(text: string): Clause[] | undefined {
  const out: Clause[] = [];
  for (const part of text.split(CLAUSES)) {
    const found = statedBases(part).bases;
    if (found.length > 1) return undefined;
    // A case after the general basis ("…, samt, om avtal ingås, …"), not a sentence that opens on its case.
    const isCase = out.length > 0 && CASE.test(part.trim()) && !SCOPE.test(part.trim()) && !OF_DATA.test(part.split(',')[0]!);
    if (found.length === 1) out.push({ basis: found[0]!, text: part.trim(), scoped: SCOPE.test(part.trim()) || isCase, isCase });
  }
  return out;
}

/** The purposes of `section` that get each basis; none when the statement is not one basis for all and others for some data. */
export function scopedBases(purposes: readonly PurposeDraft[], s: Statement): Map<PurposeDraft, LegalBasis> | undefined {
  if (s.section === undefined) return undefined;
  const parts = clauses(s.text);
  const general = parts?.filter((c) => !c.scoped) ?? [];
  const scoped = parts?.filter((c) => c.scoped) ?? [];
  if (general.length !== 1 || !scoped.length) return undefined;
  const here = purposes.filter((p) => p.section === s.section && !p.bases.length);
  const out = new Map<PurposeDraft, LegalBasis>();
  for (const c of scoped) {
    // A case of the section's one purpose ("om avtal ingås", "jos tarjous johtaa sopimukseen"): it rests on the general basis, the case quoted beside it.
    if (c.isCase && here.length === 1) continue;
    const hits = here.filter((p) => inScope(c.text, p.text));
    if (!hits.length) return undefined;
    for (const p of hits) out.set(p, c.basis);
  }
  for (const p of here) if (!out.has(p)) out.set(p, general[0]!.basis);
  return out;
}

/** "Purpose: basis, and for some data another basis": the general basis, when the purpose itself does not speak of those data. */
export function generalBasis(purpose: string, text: string): LegalBasis | undefined {
  const parts = clauses(text);
  const general = parts?.filter((c) => !c.scoped) ?? [];
  const scoped = parts?.filter((c) => c.scoped) ?? [];
  if (general.length !== 1 || !scoped.length || scoped.some((c) => inScope(c.text, purpose))) return undefined;
  return general[0]!.basis;
}
