/**
 * What the data-flow picture says, before it is drawn: three columns (sources → purposes →
 * recipients) of labels in one language, each recipient outside the EEA marked. The picture and
 * its textual form are both drawn from it, so they always say the same.
 */
import { toPlain, inline } from '../compose/author-text.js';
import { countryName } from '../compose/format.js';
import { nameIn, namesIn, partiesOf } from '../compose/party-name.js';
import type { Phrases } from '../compose/phrases/types.js';
import { pickText } from '../compose/translation.js';
import { isEea } from '../data/data.js';
import type { Register, Text } from '../types.js';

export interface FlowLabel {
  text: string;
  /** A recipient or a transfer outside the EEA. */
  outside?: boolean;
}

export interface FlowColumn {
  heading: string;
  labels: FlowLabel[];
}

/** A text as plain words: in another language when it is not written in this one (`--force`), never blank. */
function plain(text: Text | undefined, lang: string): string {
  const s = pickText(text, lang)?.text;
  return s ? inline(s).map(toPlain).join('') : '';
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function sources(register: Register, t: Phrases): FlowLabel[] {
  return (register.sources ?? []).map((s) => ({ text: oneLine([t.sourceTypes[s.type], nameIn(s, t.lang)].filter(Boolean).join(': ')) }));
}

function purposes(register: Register, t: Phrases): FlowLabel[] {
  return (register.purposes ?? []).map((p) => ({
    text: oneLine(`${plain(p.description, t.lang)}${p.legal_basis ? ` (${t.bases[p.legal_basis].name})` : ''}`),
  }));
}

function recipients(register: Register, t: Phrases): FlowLabel[] {
  const lang = t.lang;
  const out: FlowLabel[] = [];
  if (Array.isArray(register.recipients)) {
    for (const r of register.recipients) {
      const name = r.name ? nameIn(r, lang) : plain(r.category, lang);
      const outside = r.country !== undefined && !isEea(r.country);
      out.push({ text: oneLine(`${name}${r.country ? `, ${countryName(r.country, lang)}` : ''}`), outside });
    }
  }
  if (Array.isArray(register.transfers)) {
    for (const x of register.transfers) {
      const mechanism = x.mechanism ? t.mechanisms[x.mechanism] : '';
      out.push({ text: oneLine(`${namesIn(x.recipient ?? '', partiesOf(register), lang)} → ${x.country ? countryName(x.country, lang) : '?'}${mechanism ? `: ${mechanism}` : ''}`), outside: true });
    }
  }
  return out;
}

/** The columns of a register's picture in one language, or undefined when there is nothing to draw. */
export function flowColumns(register: Register, t: Phrases): FlowColumn[] | undefined {
  const columns: FlowColumn[] = [
    { heading: t.headings.sources, labels: sources(register, t) },
    { heading: t.headings.purposes, labels: purposes(register, t) },
    { heading: t.headings.recipients, labels: recipients(register, t) },
  ];
  const [from, through, to] = columns.map((c) => c.labels.length);
  if (!through || (!from && !to)) return undefined;
  return columns;
}
