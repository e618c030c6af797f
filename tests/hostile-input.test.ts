import { chmodSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, tempProject } from './helpers.js';

/** Run `check --format json` on files of a temporary project; returns exit code and findings. */
async function check(files: Record<string, string | Buffer>, args: string[] = ['check', 'notices', '--format', 'json']) {
  const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n' });
  mkdirSync(join(dir, 'notices'), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'notices', name), content);
  try {
    const r = await cli(args, dir);
    expect(r.stderr, 'no stack trace').not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    const list = r.stdout.trim() ? (JSON.parse(r.stdout) as { file: string; line: number; column: number; ruleId: string; message: string }[]) : [];
    return { code: r.code, stderr: r.stderr, list: list.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`) };
  } finally {
    cleanup();
  }
}

const OK = 'name: {fi: Rekisteri}\nupdated: 2026-01-15\n';

describe('hostile input gets one clear diagnostic, never a crash', () => {
  it('an alias bomb ("billion laughs")', async () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const r = await check({ 'bomb.yaml': `${lines.join('\n')}\n${OK}` });
    expect(r.code).toBe(1);
    expect(r.list).toEqual(['notices/bomb.yaml:1:1 yaml/alias-limit Too many aliases: the file expands aliases (`*name`) more than 100 times']);
  });

  it('a 50 MB file', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/big.yaml': '' });
    try {
      truncateSync(join(dir, 'notices', 'big.yaml'), 50 * 1024 * 1024);
      const r = await cli(['check', 'notices', '--format', 'json'], dir);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject([{ line: 1, column: 1, ruleId: 'file/too-large', message: 'File is 50.0 MB, larger than the 1 MB a register may be' }]);
    } finally {
      cleanup();
    }
  });

  it('nesting 10 000 deep', async () => {
    const r = await check({ 'deep.yaml': `name: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n` });
    expect(r.code).toBe(1);
    expect(r.list).toHaveLength(1);
    expect(r.list[0]).toMatch(/^notices\/deep\.yaml:1:\d+ yaml\/syntax Nesting is too deep to read/);
  });

  it('invalid UTF-8, pointing at the byte', async () => {
    const r = await check({ 'latin1.yaml': Buffer.from('name: {fi: "Rekisteri"}\nupdated: 2026-01-15\ndescription: {fi: "P\xe4\xe4"}\n', 'latin1') });
    expect(r.list).toEqual(['notices/latin1.yaml:3:21 file/encoding File is not valid UTF-8 (byte 0xe4); save it as UTF-8']);
  });

  it('UTF-16, as an editor may save it, is named as such', async () => {
    const text = 'name: {fi: "Rekisteri"}\nupdated: 2026-01-15\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(0)).swap16();
    const r = await check({ 'le.yaml': le, 'be.yaml': be });
    expect(r.list).toEqual(['be.yaml', 'le.yaml'].map((n) => `notices/${n}:1:1 file/encoding File is saved as UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8`));
  });

  it('UTF-8 look-alikes: encoded surrogates ("modified UTF-8"), overlong forms, code points above U+10FFFF', async () => {
    const cases: [string, number[], string][] = [
      ['surrogate.yaml', [0xed, 0xa0, 0x80], '0xed'],
      ['overlong.yaml', [0xe0, 0x80, 0x80], '0xe0'],
      ['overlong4.yaml', [0xf0, 0x80, 0x80, 0x80], '0xf0'],
      ['beyond.yaml', [0xf4, 0x90, 0x80, 0x80], '0xf4'],
    ];
    const files = Object.fromEntries(cases.map(([name, bytes]) => [name, Buffer.concat([Buffer.from('name: {fi: "Rekisteri"}\nupdated: 2026-01-15\ndescription: {fi: "ab'), Buffer.from(bytes), Buffer.from('"}\n')])]));
    const r = await check(files);
    expect(r.list).toEqual(cases.map(([name, , byte]) => `notices/${name}:3:22 file/encoding File is not valid UTF-8 (byte ${byte}); save it as UTF-8`).sort());
  });

  it('a UTF-8 byte-order mark and CRLF line endings are read as usual', async () => {
    const r = await check({ 'bom.yaml': `\ufeff${OK}`.replace(/\n/g, '\r\n') + 'unknown: 1\r\n' });
    expect(r.list.filter((l) => l.includes('schema/'))).toEqual(['notices/bom.yaml:3:1 schema/unknown-key Unknown key `unknown` in the register']);
  });

  it('tabs for indentation', async () => {
    const r = await check({ 'tabs.yaml': 'name:\n\tfi: Rekisteri\nupdated: 2026-01-15\n' });
    expect(r.list).toEqual(['notices/tabs.yaml:2:1 yaml/syntax Tabs are not allowed for indentation in YAML; indent with spaces']);
  });

  it('an empty file, a list, a scalar', async () => {
    const r = await check({ 'a-empty.yaml': '', 'b-list.yaml': '- a\n- b\n', 'c-scalar.yaml': 'just text\n' });
    expect(r.list).toEqual([
      'notices/a-empty.yaml:1:1 yaml/empty File is empty: expected a register with keys such as `name:` and `updated:`',
      'notices/b-list.yaml:1:1 schema/type Expected a map of keys (such as `name:` and `updated:`), found a list',
      'notices/c-scalar.yaml:1:1 schema/type Expected a map of keys (such as `name:` and `updated:`), found a single value',
    ]);
  });

  it('a folder with no registers: exit 2', async () => {
    const r = await check({});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('seloste: notices: No registers here');
  });

  it('a symbolic-link loop', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/ok.yaml': OK });
    try {
      symlinkSync('loop-b.yaml', join(dir, 'notices', 'loop-a.yaml'));
      symlinkSync('loop-a.yaml', join(dir, 'notices', 'loop-b.yaml'));
      symlinkSync('..', join(dir, 'notices', 'up'));
      const r = await cli(['check', 'notices', '--format', 'json'], dir);
      const list = (JSON.parse(r.stdout) as { file: string; ruleId: string; message: string }[]).filter((d) => d.ruleId.startsWith('file/'));
      expect(list).toEqual([
        expect.objectContaining({ file: 'notices/loop-a.yaml', ruleId: 'file/unreadable', message: 'Cannot read the file: it is a symbolic link that points to itself' }),
        expect.objectContaining({ file: 'notices/loop-b.yaml', ruleId: 'file/unreadable' }),
      ]);
    } finally {
      cleanup();
    }
  });

  it('a named pipe or a device named as a register: no wait, one diagnostic', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/ok.yaml': OK });
    try {
      // Nothing ever writes to the pipe: reading it the ordinary way would wait for ever. A folder
      // walk passes such files by; named on the command line they are tried.
      execFileSync('mkfifo', [join(dir, 'notices', 'pipe.yaml')]);
      symlinkSync('/dev/zero', join(dir, 'notices', 'zero.yaml'));
      const walked = await cli(['check', 'notices', '--format', 'json'], dir);
      expect((JSON.parse(walked.stdout) as { file: string }[]).map((d) => d.file)).not.toContain('notices/pipe.yaml');
      const r = await cli(['check', 'notices/pipe.yaml', 'notices/zero.yaml', '--format', 'json'], dir);
      const list = (JSON.parse(r.stdout) as { file: string; ruleId: string; message: string }[]).filter((d) => d.ruleId.startsWith('file/'));
      expect(list).toEqual([
        expect.objectContaining({ file: 'notices/pipe.yaml', ruleId: 'file/unreadable', message: 'Expected a file, found a special file (a pipe, socket or device)' }),
        expect.objectContaining({ file: 'notices/zero.yaml', ruleId: 'file/unreadable', message: 'Expected a file, found a special file (a pipe, socket or device)' }),
      ]);
    } finally {
      cleanup();
    }
  });

  it('a register that references a file outside the project', async () => {
    const r = await check({ 'out.yaml': `organisation: ../../../etc/passwd.org.yaml\n${OK}` });
    expect(r.list.filter((l) => l.includes('register/'))).toEqual([
      'notices/out.yaml:1:15 register/organisation Organisation file `../../../etc/passwd.org.yaml` is outside the project folder; keep shared parts inside it',
    ]);
  });

  it('organisation files that refer to each other, or are missing', async () => {
    const r = await check({
      'a.org.yaml': 'organisation: ./b.org.yaml\n',
      'b.org.yaml': 'organisation: ./a.org.yaml\n',
      'r.yaml': `organisation: ./a.org.yaml\n${OK}`,
      's.yaml': `organisation: ./missing.org.yaml\n${OK}`,
    });
    expect(r.list.filter((l) => l.includes('register/'))).toEqual([
      'notices/b.org.yaml:1:15 register/organisation Organisation files refer to each other in a cycle: a.org.yaml → b.org.yaml → a.org.yaml',
      'notices/s.yaml:1:15 register/organisation Cannot read organisation file `./missing.org.yaml`',
    ]);
  });

  it('two registers with the same id', async () => {
    const r = await check({ 'a.yaml': `id: same\n${OK}`, 'b.yaml': `id: same\n${OK}` });
    expect(r.list.filter((l) => l.includes('register/'))).toEqual([
      'notices/b.yaml:1:5 register/duplicate-id Register id `same` is already used by `notices/a.yaml`; give each register its own `id`',
    ]);
  });

  it('a file that cannot be read', async () => {
    // As root every file is readable; a folder named like a register cannot be read as one.
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/ok.yaml': OK });
    try {
      mkdirSync(join(dir, 'folder.yaml'));
      const r = await cli(['check', 'folder.yaml', 'notices/ok.yaml', '--format', 'json'], dir);
      expect(r.stderr).toBe('seloste: folder.yaml: No registers here: expected `.yaml` files (organisation files `*.org.yaml` and `seloste.config.yaml` are not registers)\n');
      expect(r.code).toBe(2);
      writeFileSync(join(dir, 'locked.yaml'), OK);
      chmodSync(join(dir, 'locked.yaml'), 0);
      const locked = await cli(['check', 'locked.yaml', '--format', 'json'], dir);
      if (process.getuid?.() !== 0) expect(locked.stdout).toContain('Cannot read the file: permission denied');
      expect(locked.stderr).not.toMatch(/\n\s+at /);
    } finally {
      cleanup();
    }
  });
});

describe('author text past what a notice can show: check says where, and what check accepts builds', () => {
  const text = (fi: string): string => `name: {fi: Rekisteri}\nupdated: 2026-01-15\ndescription: {fi: ${JSON.stringify(fi)}}\n`;
  const anchored = `name: {fi: Rekisteri}\nupdated: 2026-01-15\ndescription: &big {fi: ${JSON.stringify('sana '.repeat(4000).trim())}}\npurposes:\n${Array.from({ length: 60 }, (_, i) => `  - {id: p${i}, description: *big, legal_basis: contract}\n`).join('')}`;

  it('each limit is one diagnostic at its text', async () => {
    const r = await check({
      'deep.yaml': text(`${'> '.repeat(1000)}x`),
      'long.yaml': text('*a'.repeat(25_000)),
      'list.yaml': text(`${'- '.repeat(12)}x`),
      'nul.yaml': `name: {fi: "Testi\\0Oy"}\nupdated: 2026-01-15\ncontroller: {name: "Testi\\u0007Oy"}\n`,
      'heading.yaml': text('Johdanto\n\n# 13. Oikeus vastustaa'),
      'alias.yaml': anchored,
    });
    expect(r.list.filter((l) => / (text|yaml)\//.test(l))).toEqual([
      'notices/alias.yaml:56:28 yaml/alias-limit Aliases expand the file to more than the 1 MB a register may be: write a long text once, not through many aliases',
      'notices/deep.yaml:3:19 text/too-complex Text has 1000 Markdown marks (`*`, `_`, `[`, `]`, `<` …), more than the 500 one text may have: it would be shown as plain text; use less formatting',
      'notices/heading.yaml:3:19 text/structure Heading `# 13. Oikeus vastustaa` is shown as plain text: a text is paragraphs, lists, emphasis and links, and cannot add headings, rules, tables, quotes or code blocks to the notice',
      'notices/list.yaml:3:19 text/too-complex Text nests lists up to 12 levels deep (or indents a list item that far), more than the 8 a notice can show: use fewer levels',
      'notices/long.yaml:3:19 text/too-long Text is 50000 characters long, more than the 5000 one text may be: split it, or shorten it',
      'notices/nul.yaml:1:12 text/control-character Control character `U+0000` in the text: remove it, it is invisible and not allowed in HTML',
      'notices/nul.yaml:3:20 text/control-character Control character `U+0007` in the text: remove it, it is invisible and not allowed in HTML',
    ]);
  });

  it('the messages are in Finnish with message_language: fi', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\nmessage_language: fi\n', 'notices/r.yaml': text(`x\u0001${'*a'.repeat(3000)}`) });
    try {
      const r = await cli(['check', 'notices', '--format', 'json'], dir);
      const found = (JSON.parse(r.stdout) as { ruleId: string; message: string }[]).filter((d) => d.ruleId.startsWith('text/'));
      expect(found).toEqual([{ ...found[0], ruleId: 'text/control-character', message: 'Tekstissä on ohjausmerkki `U+0001`: poista se, se on näkymätön eikä kelpaa HTML:ään' }]);
    } finally {
      cleanup();
    }
  });

  it('a register past the limits builds with --force, and one within them without, in every written format', async () => {
    const base = readFileSync(join(ROOT, 'notices', 'sulka-members.yaml'), 'utf8');
    const line = '  fi: Tämä seloste kertoo, miten Helsingin Sulkapalloseura ry käsittelee jäsentensä ja alaikäisten jäsenten huoltajien henkilötietoja.';
    expect(base).toContain(line);
    const withText = (fi: string): string => base.replace(line, `  fi: ${JSON.stringify(fi)}`);
    const cases: [string, string, boolean][] = [
      ['deep', `${'> '.repeat(1000)}x`, true],
      ['emphasis', '*a'.repeat(25_000), true],
      ['links', '[a](b '.repeat(10_000), true],
      ['brackets', '['.repeat(400_000), true],
      ['nul-char', 'Testi\u0000Oy', true],
      ['quotes', `${'> '.repeat(200)}x`, false],
      ['headings', 'Johdanto\n\n# 13. Oikeus vastustaa\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |', false],
      ['within', `${'*a_ '.repeat(120)}${'sana '.repeat(800)}`, false],
    ];
    const files = Object.fromEntries(cases.map(([name, fi]) => [`notices/${name}.yaml`, withText(fi).replace('id: sulka-members', `id: ${name}`)]));
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', ...files });
    try {
      for (const [name, , past] of cases) {
        const r = await cli(['build', `notices/${name}.yaml`, '--format', 'html,md,json', '--out', `out-${name}`, ...(past ? ['--force'] : [])], dir);
        expect([name, r.code], r.stderr).toEqual([name, 0]);
        expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
        if (!past) expect(r.stderr, name).not.toMatch(/ error /);
        const html = readFileSync(join(dir, `out-${name}`, 'fi', `${name}.html`), 'utf8');
        const md = readFileSync(join(dir, `out-${name}`, 'fi', `${name}.md`), 'utf8');
        expect(html.match(/<h1\b/g)?.length, name).toBe(1);
        expect(md.match(/^# /gm)?.length, name).toBe(1);
        expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(html + md), name).toBe(false);
      }
    } finally {
      cleanup();
    }
  }, 120_000);
});
