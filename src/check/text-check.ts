/**
 * Format-level checks of the texts of a register: what the renderer cannot show as written. They
 * are not rules, and cannot be turned off: a register past these limits would not render as written
 * (or, for control characters, not safely), and `check` is where the author hears of it.
 */
import type { Diagnostic, Severity } from '../diagnostic.js';
import { docUrl } from '../docs-url.js';
import type { PathSegment } from '../load/yaml-ast.js';
import { diagnosticAt, type LoadedRegister } from '../resolve/resolve.js';
import type { MessageLanguage } from '../interface-language.js';
import { allTexts } from './text.js';
import { CONTROL, MAX_DEPTH, MAX_MARKS, MAX_TEXT_LENGTH, countMarks, nestingDepth, pastLimit } from './text-limits.js';

type Messages = Record<MessageLanguage, (p: Record<string, string | number>) => string>;

const MESSAGES: Record<string, { ruleId: string; severity: Severity; text: Messages }> = {
  control: {
    ruleId: 'text/control-character',
    severity: 'error',
    text: {
      en: (p) => `Control character \`${p['code']}\` in the text: remove it, it is invisible and not allowed in HTML`,
      fi: (p) => `Tekstissä on ohjausmerkki \`${p['code']}\`: poista se, se on näkymätön eikä kelpaa HTML:ään`,
      sv: (p) => `Kontrolltecknet \`${p['code']}\` i texten: ta bort det, det är osynligt och inte tillåtet i HTML`,
    },
  },
  length: {
    ruleId: 'text/too-long',
    severity: 'error',
    text: {
      en: (p) => `Text is ${p['n']} characters long, more than the ${MAX_TEXT_LENGTH} one text may be: split it, or shorten it`,
      fi: (p) => `Teksti on ${p['n']} merkkiä pitkä, yli ${MAX_TEXT_LENGTH} merkin, jonka yksi teksti voi olla: jaa tai lyhennä se`,
      sv: (p) => `Texten är ${p['n']} tecken lång, mer än de ${MAX_TEXT_LENGTH} som en text får vara: dela upp den eller förkorta den`,
    },
  },
  marks: {
    ruleId: 'text/too-complex',
    severity: 'error',
    text: {
      en: (p) => `Text has ${p['n']} Markdown marks (\`*\`, \`_\`, \`[\`, \`]\`, \`<\` …), more than the ${MAX_MARKS} one text may have: it would be shown as plain text; use less formatting`,
      fi: (p) => `Tekstissä on ${p['n']} Markdown-merkkiä (\`*\`, \`_\`, \`[\`, \`]\`, \`<\` …), yli ${MAX_MARKS}, jotka yhdessä tekstissä voi olla: se näytettäisiin muotoilemattomana; käytä vähemmän muotoilua`,
      sv: (p) => `Texten har ${p['n']} Markdown-tecken (\`*\`, \`_\`, \`[\`, \`]\`, \`<\` …), fler än de ${MAX_MARKS} som en text får ha: den skulle visas som oformaterad text; använd mindre formatering`,
    },
  },
  depth: {
    ruleId: 'text/too-complex',
    severity: 'error',
    text: {
      en: (p) => `Text nests lists up to ${p['n']} levels deep (or indents a list item that far), more than the ${MAX_DEPTH} a notice can show: use fewer levels`,
      fi: (p) => `Tekstissä on sisäkkäisiä luetteloita jopa ${p['n']} tasoa (tai luettelon kohta on sisennetty niin syvälle), yli ${MAX_DEPTH}, jotka seloste voi näyttää: käytä vähemmän tasoja`,
      sv: (p) => `Texten har listor i varandra i upp till ${p['n']} nivåer (eller en listpunkt indragen så djupt), fler än de ${MAX_DEPTH} som en beskrivning kan visa: använd färre nivåer`,
    },
  },
  structure: {
    ruleId: 'text/structure',
    severity: 'warning',
    text: {
      en: (p) => `${p['what']} \`${p['found']}\` is shown as plain text: a text is paragraphs, lists, emphasis and links, and cannot add headings, rules, tables, quotes or code blocks to the notice`,
      fi: (p) => `${p['whatFi']} \`${p['found']}\` näytetään tavallisena tekstinä: teksti voi sisältää kappaleita, luetteloita, korostuksia ja linkkejä, mutta ei otsikoita, vaakaviivoja, taulukoita, lainauksia eikä koodilohkoja`,
      sv: (p) => `${p['whatSv']} \`${p['found']}\` visas som vanlig text: en text kan ha stycken, listor, betoning och länkar, men inga rubriker, linjer, tabeller, citat eller kodblock`,
    },
  },
};

/** Markdown block structure the renderer shows as the text it is, with its name in each language. */
const STRUCTURE: { pattern: RegExp; en: string; fi: string; sv: string }[] = [
  { pattern: /^ {0,3}#{1,6}(?:[ \t].*)?$/mu, en: 'Heading', fi: 'Otsikko', sv: 'Rubriken' },
  { pattern: /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$/mu, en: 'Rule', fi: 'Vaakaviiva', sv: 'Linjen' },
  { pattern: /^ {0,3}\|?[ \t]*:?-+:?[ \t]*\|[ \t:|-]*$/mu, en: 'Table', fi: 'Taulukko', sv: 'Tabellen' },
  { pattern: /^ {0,3}>.*$/mu, en: 'Quote', fi: 'Lainaus', sv: 'Citatet' },
  { pattern: /^ {0,3}(?:`{3,}|~{3,}).*$/mu, en: 'Code block', fi: 'Koodilohko', sv: 'Kodblocket' },
];

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}

/** What a text cannot be rendered as written: control characters, limits, block structure. */
function problemsOf(value: string, isAuthorText: boolean): { id: keyof typeof MESSAGES; params: Record<string, string | number> }[] {
  const control = CONTROL.exec(value);
  if (control) return [{ id: 'control', params: { code: `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` } }];
  if (!isAuthorText) return [];
  const limit = pastLimit(value);
  if (limit === 'length') return [{ id: 'length', params: { n: value.length } }];
  if (limit === 'marks') return [{ id: 'marks', params: { n: countMarks(value) } }];
  if (limit === 'depth') return [{ id: 'depth', params: { n: nestingDepth(value) } }];
  for (const { pattern, en, fi, sv } of STRUCTURE) {
    const m = pattern.exec(value);
    if (m) return [{ id: 'structure', params: { what: en, whatFi: fi, whatSv: sv, found: clip(m[0]) } }];
  }
  return [];
}

/** Every string value of a register with its path (keys are checked by the schema). */
function allStrings(value: unknown, path: PathSegment[], out: { path: PathSegment[]; value: string }[]): void {
  if (typeof value === 'string') out.push({ path, value });
  else if (Array.isArray(value)) value.forEach((v, i) => allStrings(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) allStrings(v, [...path, k], out);
}

export function checkTexts(loaded: LoadedRegister, lang: MessageLanguage): Diagnostic[] {
  const authored = new Set<string>();
  for (const { path, text } of allTexts(loaded.register)) for (const key of Object.keys(text)) authored.add(JSON.stringify([...path, key]));
  const strings: { path: PathSegment[]; value: string }[] = [];
  allStrings(loaded.register, [], strings);
  const out: Diagnostic[] = [];
  for (const { path, value } of strings) {
    for (const { id, params } of problemsOf(value, authored.has(JSON.stringify(path)))) {
      const { ruleId, severity, text } = MESSAGES[id]!;
      const message = text[lang](params);
      out.push(diagnosticAt(loaded, path, { ruleId, severity, message, url: docUrl(ruleId) }));
    }
  }
  return out;
}
