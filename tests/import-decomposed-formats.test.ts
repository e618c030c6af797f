/**
 * A Word file or a PDF whose letters are saved decomposed ("a" and a combining diaeresis for "ä")
 * is read as the composed words, as its HTML original is; and the audit places its findings at the
 * lines of a decomposed text as it does for the composed one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../src/import/document/block.js';
import { readNotice } from '../src/import/input.js';
import { auditText } from './audit-text.js';
import { docxFromHtml, printPdfs } from './format-fixtures.js';
import { FIXTURES } from './helpers.js';

const composed = readFileSync(join(FIXTURES, 'import', 'formats', 'yhdistys.html'), 'utf8');
const decomposed = composed.normalize('NFD');
const files: Record<string, Uint8Array> = {};

beforeAll(async () => {
  files['docx'] = await docxFromHtml(decomposed);
  files['pdf'] = (await printPdfs([decomposed]))[0]!;
});

async function blocks(bytes: Uint8Array, name: string): Promise<Block[]> {
  const r = await readNotice(bytes, name);
  if (r.problem !== undefined) throw new Error(r.problem);
  return r.blocks;
}

const headings = (read: Block[]): string[] => read.filter((b) => b.kind === 'heading').map((b) => b.text);

describe('a notice saved with decomposed letters', () => {
  it('the fixture has letters to decompose', () => {
    expect(decomposed).not.toBe(composed);
  });

  it.each(['docx', 'pdf'])('as a %s file is read with no combining marks, its headings those of the composed HTML', async (format) => {
    const read = await blocks(files[format]!, `yhdistys.${format}`);
    const text = read.map((b) => b.text).join('\n');
    expect(text).not.toMatch(/\p{M}/u);
    expect(text).toMatch(/[äö]/u);
    expect(headings(read)).toEqual(headings(await blocks(new TextEncoder().encode(composed), 'yhdistys.html')));
  });

  it('is audited at the same lines, with the same messages, as the composed text', async () => {
    const at = async (t: string) => (await auditText(t, 'yhdistys.html')).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
    expect(await at(decomposed)).toEqual(await at(composed));
  });
});
