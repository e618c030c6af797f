import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/pipeline.js';
import { expectedMarkers, FIXTURES, ROOT } from './helpers.js';

// Registers of real published notices, one folder per language, each with its own config. A line
// marked `# expect: rule` is a gap a reviewer found in the notice before it was checked. The gaps
// today's rules cannot report are listed, with the reason, in known-misses.json: every other marked
// finding must be reported, and a listed miss that starts being reported must leave the list, so
// neither a lost finding nor a stale list goes unnoticed. Every finding on an unmarked line must be
// judged: accepted-findings.json lists those that are right (a gap the reviewer did not list, or an
// expected gap reported once more), known-false-findings.json those that are not, each with the
// reason. Any other finding fails the test, and so does a listed one that is no longer reported.
const REAL = join(FIXTURES, 'real');
const LANGUAGES = ['fi', 'sv', 'en'];

interface KnownMiss {
  line: number;
  ruleId: string;
  reason: string;
}
const readList = (file: string): Record<string, KnownMiss[]> =>
  JSON.parse(readFileSync(join(REAL, file), 'utf8')) as Record<string, KnownMiss[]>;
const knownMisses = readList('known-misses.json');
const accepted = readList('accepted-findings.json');
const knownFalse = readList('known-false-findings.json');

const key = (m: { line: number; ruleId: string }): string => `${m.line} ${m.ruleId}`;

describe('real notices', () => {
  it('the lists name only registers that exist', () => {
    const registers = new Set(LANGUAGES.flatMap((lang) => readdirSync(join(REAL, lang)).filter((f) => f.endsWith('.yaml') && f !== 'seloste.config.yaml').map((f) => `${lang}/${f}`)));
    for (const list of [knownMisses, accepted, knownFalse]) expect(Object.keys(list).filter((k) => !registers.has(k))).toEqual([]);
  });

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
        const judged = [...(accepted[id] ?? []), ...(knownFalse[id] ?? [])].map(key);
        expect(judged.filter((m) => marked.includes(m)), 'a judged finding is not on a marked line').toEqual([]);
        expect([...found].filter((f) => !marked.includes(f) && !judged.includes(f)), 'unmarked findings neither accepted nor known false').toEqual([]);
        expect(judged.filter((m) => !found.has(m)), 'no longer reported: remove from accepted-findings.json or known-false-findings.json').toEqual([]);
      });
    }
  }
});
