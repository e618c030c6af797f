import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { escapeTerminal } from '../src/report/escape.js';
import { cli, tempProject } from './helpers.js';

// Sets the window title, rings the bell, clears the screen and turns the text red.
const PAYLOAD = '\u001b]0;PWNED\u0007\u001b[2J\u001b[31m';
// A C1 control sequence introducer, a right-to-left override and an isolate.
const WIDE = '\u009b2J\u202egnp.exe\u2066';
// Raw control characters (but tab and line feed), DEL, C1 controls and bidi controls.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const REGISTER = [
  'name: {fi: Rekisteri}',
  'updated: 2026-01-15',
  'controller:',
  '  name: Oy',
  `  email: "${PAYLOAD}red@${WIDE}"`,
  `"k${PAYLOAD}${WIDE}": 1`,
  '',
].join('\n');

/** Every string in parsed JSON. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('terminal output', () => {
  it('escapes control characters and bidi controls as visible escapes', () => {
    expect(escapeTerminal(`a${PAYLOAD}b`)).toBe('a\\x1b]0;PWNED\\x07\\x1b[2J\\x1b[31mb');
    expect(escapeTerminal(WIDE)).toBe('\\x9b2J\\u202egnp.exe\\u2066');
    expect(escapeTerminal('line\nnext\ttab ä €')).toBe('line\\x0anext\ttab ä €');
  });

  for (const format of ['stylish', 'json', 'sarif', 'github']) {
    it(`check --format ${format} prints no raw control characters from values, keys or file names`, async () => {
      const { dir, cleanup } = tempProject({
        'seloste.config.yaml': 'languages: [fi]\n',
        'r.yaml': REGISTER,
        [`x${PAYLOAD}.yaml`]: REGISTER,
      });
      try {
        const r = await cli(['check', '.', `missing${PAYLOAD}.yaml`, '--format', format], dir);
        expect(r.code).toBe(2);
        expect(r.stdout.length).toBeGreaterThan(0);
        expect(r.stdout).not.toMatch(RAW);
        expect(r.stderr).toContain('seloste: missing');
        expect(r.stderr).not.toMatch(RAW);
        if (format === 'json' || format === 'sarif') {
          // Escaped in the JSON text, the same data once parsed.
          expect(strings(JSON.parse(r.stdout)).some((t) => t.includes(`${PAYLOAD}red@${WIDE}`))).toBe(true);
        } else expect(r.stdout).toContain('\\x1b]0;PWNED\\x07');
      } finally {
        cleanup();
      }
    });
  }

  it('build prints no raw control characters from file names or values', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\n',
      [`x${PAYLOAD}.yaml`]: REGISTER,
    });
    try {
      const r = await cli(['build', '.', '--format', 'json', '--out', 'site'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('not built');
      expect(r.stderr).not.toMatch(RAW);
      expect(r.stdout).not.toMatch(RAW);
    } finally {
      cleanup();
    }
  });
});

describe('terminal output of diff, import and init', () => {
  const base = 'name: {fi: Rekisteri}\nupdated: 2026-01-15\npurposes:\n  - description: {fi: Asiakaspalvelu}\n    legal_basis: contract\n';

  for (const args of [['--format', 'text'], ['--format', 'markdown'], ['--format', 'json'], ['--changelog'], ['--changelog', '--format', 'json']]) {
    it(`diff ${args.join(' ')} prints no raw control characters`, async () => {
      const { dir, cleanup } = tempProject({
        'seloste.config.yaml': 'languages: [fi]\n',
        'old.yaml': base,
        'new.yaml': `${base}  - description: {fi: "Uutiskirje${PAYLOAD}${WIDE}"}\n    legal_basis: consent\n`,
      });
      try {
        const r = await cli(['diff', 'old.yaml', 'new.yaml', ...args], dir);
        expect(r.stderr).toBe('');
        expect(r.stdout).toContain('Uutiskirje');
        expect(r.stdout).not.toMatch(RAW);
        // The escapes read back as the same text.
        const data = args.includes('json') ? JSON.parse(r.stdout) : args.includes('--changelog') ? parse(r.stdout) : undefined;
        if (data !== undefined) expect(strings(data).some((t) => t.includes(`Uutiskirje${PAYLOAD}${WIDE}`))).toBe(true);
      } finally {
        cleanup();
      }
    });
  }

  it('diff and import quote names from the command line escaped', async () => {
    const { dir, cleanup } = tempProject({ 'old.yaml': 'name: {fi: R}\n' });
    try {
      const diff = await cli(['diff', 'old.yaml', `n${PAYLOAD}.yaml`], dir);
      expect(diff.code).toBe(2);
      expect(diff.stderr).toContain('\\x1b]0;PWNED');
      const missing = await cli(['import', `n${PAYLOAD}${WIDE}.md`], dir);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('\\x1b]0;PWNED');
      expect(`${diff.stderr}${missing.stderr}`).not.toMatch(RAW);
    } finally {
      cleanup();
    }
  });

  it('import names the imported file escaped', async () => {
    const { dir, cleanup } = tempProject({ [`n${PAYLOAD}.md`]: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nOy Esimerkki Ab\n' });
    try {
      const r = await cli(['import', `n${PAYLOAD}.md`, '--out', 'draft.yaml'], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Imported n\\x1b]0;PWNED');
      expect(`${r.stdout}${r.stderr}`).not.toMatch(RAW);
    } finally {
      cleanup();
    }
  });

  it('init quotes what it was given escaped', async () => {
    const { dir, cleanup } = tempProject({});
    try {
      const r = await cli(['init', '--yes', '--name', 'Asiakkaat', '--source', `x${PAYLOAD}`, '--recipient', `:${WIDE}`], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('\\x1b]0;PWNED');
      expect(`${r.stdout}${r.stderr}`).not.toMatch(RAW);
    } finally {
      cleanup();
    }
  });
});
