/**
 * The Markdown notices outside Seloste: read as they are written (no character references), their
 * in-page links land on a heading wherever GitHub's anchors are made, and markdownlint finds nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../src/publish/build.js';
import { ROOT } from './helpers.js';

/** Every .md file under a folder, by its path there (`fi/lumo-customers.md`). */
function markdownFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
  }
  return out;
}

/** `&#x20;`, `&#65;`, `&amp;`: a character written as a reference. */
const REFERENCE = /&(?:#x[0-9a-f]+|#\d+|[a-z][a-z\d]*);/gi;

describe('the Markdown notices', () => {
  let out: string;
  let notices: Record<string, string>;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'seloste-markdown-'));
    const result = await buildSite({ cwd: ROOT, paths: ['notices'], out: join(out, 'plain'), formats: ['md'], history: false });
    expect(result.skipped).toEqual([]);
    notices = markdownFiles(join(out, 'plain'));
    expect(Object.keys(notices).length).toBeGreaterThanOrEqual(15);
  });

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('write every character as itself, never as a character reference', () => {
    for (const [name, md] of Object.entries(notices)) expect(md.match(REFERENCE) ?? [], name).toEqual([]);
  });

  it('write a label as `**Label:** text`', () => {
    const md = notices['fi/lumo-customers.md']!;
    expect(md).toContain('\n**Tietojen säilytyspaikka:** Verkkokaupan, asiakastietokannan');
    expect(md).toContain('\n**Evästesuostumus:** Analytiikkaevästeet');
  });
});
