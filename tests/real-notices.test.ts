import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/pipeline.js';
import { expectedMarkers, FIXTURES, ROOT } from './helpers.js';

// Registers of real published notices, one folder per language, each with its own config. A line
// marked `# expect: rule` is a gap a reviewer found in the notice before it was checked. The gaps
// today's rules cannot report are listed, with the reason, in known-misses.json: every other marked
// finding must be reported, and a listed miss that starts being reported must leave the list, so
// neither a lost finding nor a stale list goes unnoticed.
const REAL = join(FIXTURES, 'real');
const LANGUAGES = ['fi', 'sv', 'en'];

interface KnownMiss {
  line: number;
  ruleId: string;
  reason: string;
}
const knownMisses = JSON.parse(readFileSync(join(REAL, 'known-misses.json'), 'utf8')) as Record<string, KnownMiss[]>;

const key = (m: { line: number; ruleId: string }): string => `${m.line} ${m.ruleId}`;

describe('real notices', () => {
  for (const lang of LANGUAGES) {
    const dir = join(REAL, lang);
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'seloste.config.yaml').sort();
    for (const name of files) {
      const id = `${lang}/${name}`;
      it(`${id}: every gap the rules can catch is reported`, async () => {
        const text = readFileSync(join(dir, name), 'utf8');
        const result = await checkPaths({ cwd: ROOT, paths: [join(dir, name)], configFile: join(dir, 'seloste.config.yaml'), languages: [lang] });
        const found = new Set(result.files.flatMap((f) => f.diagnostics).map((d) => key(d)));
        const misses = new Set((knownMisses[id] ?? []).map(key));
        const marked = expectedMarkers(text).map(key);
        expect(marked.length, 'a real notice has at least one expected gap').toBeGreaterThan(0);
        expect([...misses].filter((m) => !marked.includes(m)), 'known misses name marked lines').toEqual([]);
        expect(marked.filter((m) => !misses.has(m) && !found.has(m)), 'marked gaps not reported').toEqual([]);
        expect([...misses].filter((m) => found.has(m)), 'reported now: remove from known-misses.json').toEqual([]);
      });
    }
  }
});
