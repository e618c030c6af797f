/** How a list of changes is shown: plain text, Markdown, JSON, and an entry for the register's change log. */
import { Document, visit } from 'yaml';
import { escapeJson, escapeTerminal, escapeTerminalLines, hasUnsafe } from '../report/escape.js';
import type { ChangeEntry, Text } from '../types.js';
import type { Change, SummaryLang } from './diff.js';

const WORDS = {
  en: {
    none: 'No changes.',
    material: 'Material changes',
    other: 'Other changes',
    notice: 'Tell data subjects of these changes actively, before they take effect (GDPR Art. 13(3), 14(4)).',
    count: (n: number, m: number) => `${n} ${n === 1 ? 'change' : 'changes'}, ${m} material${m ? ': data subjects must be told actively (GDPR Art. 13(3), 14(4))' : ''}`,
  },
  fi: {
    none: 'Ei muutoksia.',
    material: 'Olennaiset muutokset',
    other: 'Muut muutokset',
    notice: 'Kerro näistä muutoksista rekisteröidyille aktiivisesti ennen niiden voimaantuloa (tietosuoja-asetus 13 art. 3 kohta, 14 art. 4 kohta).',
    count: (n: number, m: number) => `${n} ${n === 1 ? 'muutos' : 'muutosta'}, joista olennaisia ${m}${m ? ': niistä on kerrottava rekisteröidyille aktiivisesti (13 art. 3, 14 art. 4)' : ''}`,
  },
  sv: {
    none: 'Inga ändringar.',
    material: 'Väsentliga ändringar',
    other: 'Övriga ändringar',
    notice: 'Informera de registrerade aktivt om dessa ändringar innan de träder i kraft (dataskyddsförordningen artikel 13.3 och 14.4).',
    count: (n: number, m: number) => `${n} ${n === 1 ? 'ändring' : 'ändringar'}, varav ${m} väsentliga${m ? ': de registrerade ska informeras aktivt om dem (artikel 13.3 och 14.4)' : ''}`,
  },
} as const;

/** The entry written when the comparison finds nothing but the wording changed. */
const CLARIFIED: Record<SummaryLang, string> = { en: 'Wording clarified.', fi: 'Tarkennettiin sanamuotoja.', sv: 'Formuleringarna förtydligades.' };

export function hasMaterial(changes: readonly Change[]): boolean {
  return changes.some((c) => c.material);
}

/** One line per change, `!` marking a material one, and a count at the end. */
export function formatChangesText(changes: readonly Change[], lang: SummaryLang = 'en'): string {
  const w = WORDS[lang];
  if (changes.length === 0) return `${w.none}\n`;
  const kindWidth = Math.max(...changes.map((c) => c.kind.length));
  const lines = changes.map((c) => escapeTerminal(`${c.material ? '!' : ' '} ${c.kind.padEnd(kindWidth)}  ${c.summary[lang]}  ${c.in === 'old' ? `(was ${c.path})` : `(${c.path})`}`));
  lines.push('', w.count(changes.length, changes.filter((c) => c.material).length));
  return `${lines.join('\n')}\n`;
}

/** A Markdown list grouped under "Material changes" and "Other changes". */
export function formatChangesMarkdown(changes: readonly Change[], lang: SummaryLang = 'en'): string {
  const w = WORDS[lang];
  if (changes.length === 0) return `${w.none}\n`;
  const material = changes.filter((c) => c.material);
  const other = changes.filter((c) => !c.material);
  const parts: string[] = [];
  if (material.length) parts.push(`## ${w.material}\n\n${w.notice}\n\n${material.map((c) => `- ${escapeTerminal(c.summary[lang])}`).join('\n')}`);
  if (other.length) parts.push(`## ${w.other}\n\n${other.map((c) => `- ${escapeTerminal(c.summary[lang])}`).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}

/** `{material, changes}` for programs and CI. */
export function formatChangesJson(changes: readonly Change[]): string {
  return `${escapeJson(JSON.stringify({ material: hasMaterial(changes), changes }, null, 2))}\n`;
}

/** Inline code is for authors; a published change log quotes values instead. */
export function forReaders(summary: string, lang: string): string {
  return summary.replace(/`([^`]*)`/g, lang === 'fi' || lang === 'sv' ? '”$1”' : '“$1”');
}

/**
 * A ready `changes:` entry for the register: the summaries as sentences in each language, material
 * when any change is. Removals are listed after additions, and the material changes first.
 */
export function changeLogEntry(changes: readonly Change[], date: string, lang: readonly SummaryLang[] = ['fi', 'en']): Required<Pick<ChangeEntry, 'date' | 'description' | 'material'>> {
  const ordered = [...changes.filter((c) => c.material), ...changes.filter((c) => !c.material)];
  const description: Text = {};
  for (const l of lang) description[l] = ordered.length ? ordered.map((c) => forReaders(c.summary[l], l)).join(' ') : CLARIFIED[l];
  return { date, description, material: hasMaterial(changes) };
}

/** The entry as a YAML list item, indented to paste under `changes:`. */
export function changeLogYaml(entry: ReturnType<typeof changeLogEntry>, missingLanguages: readonly string[] = []): string {
  const doc = new Document([entry]);
  // Control characters are written as escapes, which YAML reads back only inside double quotes.
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && hasUnsafe(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const text = escapeTerminalLines(doc.toString({ lineWidth: 0 }));
  const indented = text
    .trimEnd()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
  const note = missingLanguages.length ? `  # Add the description in ${missingLanguages.map((l) => `\`${l}\``).join(', ')} too.\n` : '';
  return `changes:\n${note}${indented}\n`;
}
