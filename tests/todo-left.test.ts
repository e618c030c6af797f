import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, tempProject } from './helpers.js';

describe('a draft from `seloste import` never passes `seloste check`', () => {
  for (const seed of ['000', '003']) {
    it(`seed text ${seed}: one todo-left error per TODO comment, at its line`, async () => {
      const { dir, cleanup } = tempProject({
        'seloste.config.yaml': 'languages: [fi]\n',
        'notice.txt': readFileSync(join(FIXTURES, 'seed-texts', `${seed}.txt`), 'utf8'),
      });
      try {
        expect((await cli(['import', 'notice.txt', '-o', 'draft.yaml'], dir)).code).toBe(0);
        const draft = readFileSync(join(dir, 'draft.yaml'), 'utf8');
        const todoLines = draft.split('\n').flatMap((line, i) => (/^\s*#\s*TODO\b|\s#\s*TODO:/.test(line) ? [i + 1] : []));
        expect(todoLines.length).toBeGreaterThan(0);
        const r = await cli(['check', 'draft.yaml', '--format', 'json'], dir);
        expect(r.code).toBe(1);
        const found = (JSON.parse(r.stdout) as { line: number; ruleId: string; severity: string }[]).filter((d) => d.ruleId === 'todo-left');
        expect(found.map((d) => d.line)).toEqual(todoLines);
        expect(new Set(found.map((d) => d.severity))).toEqual(new Set(['error']));
      } finally {
        cleanup();
      }
    });
  }
});
