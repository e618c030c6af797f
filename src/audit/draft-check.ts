/**
 * The register a notice describes, checked as `seloste check` checks a file, in memory: the import's
 * draft with the passages it keeps only in comments added to its description, so that the rules
 * that read free text read all of the notice. Nothing is written.
 */
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { Kept } from '../import/draft/kept.js';
import { BASIS_NAMES, basisPair, statedBases } from '../import/recognise/bases.js';
import { CONTROLLER_STAND_IN } from '../import/draft/state.js';
import type { ImportResult } from '../import/import.js';
import type { Environment } from '../interface-language.js';
import { newLineCounter, parseYaml, yamlLib } from '../load/yaml-ast.js';
import { checkPaths } from '../pipeline.js';
import type { Config } from '../config/config.js';
import type { Document } from 'yaml';
import { comparable, type Passage } from './passages.js';
import type { LegalBasis } from '../types.js';
import { messageIdOf } from './message-id.js';
import { controllerIsPublicBody } from './public-body.js';
import { placesInCountry } from './stated-transfers.js';

/** Findings about the draft rather than the notice: left-over TODOs, the draft's schema, translations, what Seloste cannot render. */
const ABOUT_THE_DRAFT = /^(?:todo-left|translation-missing|schema|yaml|file|register|text\/)/u;

/**
 * What a register must hold for Seloste to write its notice, and Art. 13 and 14 do not ask a published
 * notice to say: "mark the purpose as direct marketing" (the audit asks for the objection itself), and
 * the law of a legal obligation (Art. 13(1)(c) asks for the basis; Art. 6(3) asks the legislator, not
 * the notice, to lay it down). The law of a public task stays asked: a task in the public interest is
 * one only by the law that sets it, and the reader cannot tell it from a claim without it.
 */
function askedOfTheRegister(d: Diagnostic): boolean {
  const id = `${d.ruleId}/${messageIdOf(d) ?? ''}`;
  return id === 'right-to-object/unmarked' || (id === 'legal-basis/lawMissing' && /`legal_obligation`/u.test(d.message));
}

export interface CheckedDraft {
  text: string;
  doc: Document;
  data: unknown;
  lineStarts: readonly number[];
  diagnostics: Diagnostic[];
  config: Config;
}

/**
 * The draft's data with every sentence of the notice that is in none of its values appended to its
 * description, one a line: the sentences the draft keeps only in comments, but for the page's own
 * footer; its controller as the notice gives it.
 */
function withAllText(result: ImportResult, passages: readonly Passage[]): Record<string, unknown> {
  const data = structuredClone(result.register);
  const kept = new Kept(result.register, []);
  const own = data['description'];
  const first = typeof own === 'string' ? own : own && typeof own === 'object' ? Object.values(own as Record<string, string>).join('\n\n') : '';
  // The page's own footer (its links to social media, its copyright) is no part of the notice.
  const rest = [...new Set(passages.filter((p) => !p.page && !kept.has(p.text)).map((p) => inItsSection(p, passages)))];
  const all = [first, rest.join('\n')].filter(Boolean).join('\n\n');
  if (all) data['description'] = { [result.lang]: all };
  const controller = data['controller'];
  if (controller && typeof controller === 'object') data['controller'] = ownController(controller as Record<string, unknown>, passages);
  withoutLawCountries(data);
  withBasesStated(data, passages);
  return data;
}

/**
 * A short answer under a heading on transfers alone ("Tietojen siirto EU:n tai ETA:n ulkopuolella" ⏎ "Ei luovuteta."),
 * with the heading it answers: said alone, it would deny every disclosure.
 */
function inItsSection(p: Passage, passages: readonly Passage[]): string {
  if (p.heading || p.kinds.length !== 1 || p.kinds[0] !== 'transfers' || p.text.split(/\s+/u).length > 4) return p.text;
  const heading = passages.find((h) => h.heading && h.line === p.sectionLine);
  return heading ? `${heading.text.replace(/[.:]\s*$/u, '')}: ${p.text}` : p.text;
}

/**
 * A purpose that names several bases in its own text ("Art. 6(1)(b) steps prior to a contract; Art.
 * 6(1)(f) legitimate interest"), or in the pair it stands in ("För att svara på dina frågor (berättigat
 * intresse / åtgärder innan avtal)"), states its basis, though the draft cannot tell which one to keep:
 * the first it names stands for it, so that no basis is reported missing and the rights that basis gives
 * (the objection, under legitimate interests) are asked. Consent beside another is reported apart.
 */
function withBasesStated(data: Record<string, unknown>, passages: readonly Passage[]): void {
  const purposes = data['purposes'];
  if (!Array.isArray(purposes)) return;
  for (const p of purposes as Record<string, unknown>[]) {
    if (!p || typeof p !== 'object' || p['legal_basis'] !== undefined) continue;
    const text = Object.values((p['description'] ?? {}) as Record<string, string>).join('\n');
    const named = statedBases(text).bases;
    const paired = named.length >= 2 ? named : pairedBases(text, passages);
    if (paired.length >= 2) p['legal_basis'] = paired[0];
  }
}

/** The bases of the "purpose (bases)" pair of the notice that the purpose was taken from, in the order it names them. */
function pairedBases(purpose: string, passages: readonly Passage[]): LegalBasis[] {
  const own = comparable(purpose);
  if (!own) return [];
  const pair = passages.map((q) => basisPair(q.text)).find((b) => b !== undefined && comparable(b.purpose) === own);
  return pair ? inTextOrder(pair.basis, statedBases(pair.basis).bases) : [];
}

/** Bases in the order the text names them ("berättigat intresse / åtgärder innan avtal": legitimate interests first). */
function inTextOrder(text: string, bases: readonly LegalBasis[]): LegalBasis[] {
  const at = (basis: LegalBasis): number => {
    const found = BASIS_NAMES.filter(([b]) => b === basis).map(([, re]) => new RegExp(re.source, 'iu').exec(text)?.index ?? Infinity);
    return Math.min(Infinity, ...found);
  };
  return [...bases].sort((a, b) => at(a) - at(b));
}

/**
 * The controller as the notice gives it: without the stand-in name the import writes when the notice
 * names none (findings must not quote it), and marked a public authority when the notice names one.
 */
function ownController(controller: Record<string, unknown>, passages: readonly Passage[]): Record<string, unknown> {
  const own = { ...controller };
  if (Object.values(CONTROLLER_STAND_IN).includes(own['name'] as string)) delete own['name'];
  if (controllerIsPublicBody(passages, typeof own['name'] === 'string' ? own['name'] : undefined)) own['public_authority'] = true;
  return own;
}

/** The draft's transfers without those to a country the notice names only for its law. */
function withoutLawCountries(data: Record<string, unknown>): void {
  const transfers = data['transfers'];
  if (!Array.isArray(transfers)) return;
  const stated = transfers.filter((t: unknown) => {
    const { country, description } = (t ?? {}) as { country?: unknown; description?: unknown };
    if (typeof country !== 'string' || !description || typeof description !== 'object') return true;
    return placesInCountry(Object.values(description as Record<string, string>).join(' '), country);
  });
  if (stated.length) data['transfers'] = stated;
  else delete data['transfers'];
}

export async function checkDraft(
  result: ImportResult,
  passages: readonly Passage[],
  original: string,
  options: { cwd: string; env?: Environment },
): Promise<CheckedDraft> {
  const text = yamlLib().stringify(withAllText(result, passages), { lineWidth: 0 });
  const path = resolve(options.cwd, `${original}.seloste-audit.yaml`);
  const checked = await checkPaths({ cwd: options.cwd, paths: [path], texts: new Map([[path, text]]), languages: [result.lang], ...(options.env ? { env: options.env } : {}) });
  const diagnostics = checked.files
    .flatMap((f) => f.diagnostics)
    .filter((d) => !ABOUT_THE_DRAFT.test(d.ruleId) && !askedOfTheRegister(d));
  const lineCounter = newLineCounter();
  const doc = parseYaml(text, lineCounter);
  return { text, doc, data: doc.toJS(), lineStarts: lineCounter.lineStarts, diagnostics, config: checked.config };
}
