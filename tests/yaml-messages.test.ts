import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli, tempProject } from './helpers.js';

const exec = promisify(execFile);
const OK = 'updated: 2026-01-15\n';

/** `check --format json` on one register: its findings as `line:column ruleId message`; `env` may choose their language. */
async function findings(text: string, env: Record<string, string> = {}): Promise<string[]> {
  const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'r.yaml': text });
  try {
    const r = await cli(['check', 'r.yaml', '--format', 'json'], dir, env);
    expect(r.code).toBe(1);
    return (JSON.parse(r.stdout) as { line: number; column: number; ruleId: string; message: string }[]).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
  } finally {
    cleanup();
  }
}

describe('YAML messages speak of registers, not of the parser', () => {
  it('a second document', async () => {
    expect(await findings(`name: {fi: R}\n${OK}---\nname: {fi: S}\n`)).toEqual(['3:1 yaml/syntax A register is one YAML document; found a second document (`---`)']);
  });

  it('typed values such as `!!binary` and `!!set` are named by their tag, once each', async () => {
    const text = `name: !!binary aGVsbG8=\ndescription: !!set {a, b}\ncreated: !!timestamp 2026-01-01\n${OK}purposes: !!omap [a: 1]\n`;
    const hint = 'cannot be read in a register; remove the tag and write plain text, a list or a map';
    expect(await findings(text)).toEqual([
      `1:16 schema/type The tagged value \`!!binary\` ${hint}`,
      `2:20 schema/type The tagged value \`!!set\` ${hint}`,
      `3:22 schema/type The tagged value \`!!timestamp\` ${hint}`,
      `5:18 schema/type The tagged value \`!!omap\` ${hint}`,
    ]);
  });

  it('tabs on many lines are one diagnostic', async () => {
    expect(await findings(`name:\n\tfi: R\n\ten: S\n${OK}purposes:\n\t- description: x\n`)).toEqual([
      '2:1 yaml/syntax Tabs are not allowed for indentation in YAML; indent with spaces (lines 2, 3 and 6)',
    ]);
  });
});

describe('YAML messages in Finnish and Swedish', () => {
  const FI = { LANG: 'fi_FI.UTF-8' };
  const SV = { LANG: 'sv_FI.UTF-8' };
  const UNCLOSED = `name: {fi: Asiakasrekisteri\n${OK}`;

  it('say by the parser’s error code what is wrong, where the parser found it', async () => {
    expect(await findings(UNCLOSED)).toEqual(['2:1 yaml/syntax Flow map in block collection must be sufficiently indented and end with a }']);
    expect(await findings(UNCLOSED, FI)).toEqual([
      '2:1 yaml/syntax Aaltosulkeilla `{` alkava kohta jää sulkematta tai on sisennetty liian vähän: sulje se merkillä `}`',
    ]);
    expect(await findings(UNCLOSED, SV)).toEqual(['2:1 yaml/syntax Det som börjar med klammern `{` stängs inte eller är för lite indraget: stäng det med `}`']);
    expect(await findings(`name: "Rekisteri\n${OK}`, SV)).toEqual([
      '3:1 yaml/syntax Citattecknet stängs inte: lägg till samma citattecken som texten börjar med i slutet av texten',
    ]);
    expect(await findings(`name: {fi: R}\nupdated\n`, FI)).toEqual(['2:1 yaml/syntax Avaimen perästä puuttuu kaksoispiste: kirjoita `avain: arvo`']);
  });

  it('say the messages of their own, tabs and duplicate keys among them', async () => {
    expect(await findings(`name:\n\tfi: R\n\ten: S\n${OK}purposes:\n\t- description: x\n`, SV)).toEqual([
      '2:1 yaml/syntax YAML tillåter inte tabbar i indrag; dra in med mellanslag (raderna 2, 3 och 6)',
    ]);
    expect(await findings(`name: {fi: R}\n${OK}name: {fi: S}\n`, FI)).toEqual([
      '3:1 yaml/duplicate-key Avain `name` toistuu: kukin avain saa esiintyä samassa kohdassa vain kerran',
    ]);
    expect(await findings(`name: {fi: R}\n${OK}---\nname: {fi: S}\n`, SV)).toEqual(['3:1 yaml/syntax Ett register är ett YAML-dokument; filen har ett andra dokument (`---`)']);
  });
});

describe('seloste diff of a large file in git', () => {
  it('says the file is larger than a register may be', async () => {
    const { dir, cleanup } = tempProject({ 'r.yaml': `name: {fi: R}\n${OK}`, 'big.yaml': `name: {fi: R}\n${OK}description: {fi: "${'x'.repeat(3 * 1024 * 1024)}"}\n` });
    const g = (...args: string[]) => exec('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.fi', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
    try {
      await g('init', '-q');
      await g('add', '.');
      await g('commit', '-q', '-m', 'first');
      const r = await cli(['diff', 'HEAD:big.yaml', 'r.yaml'], dir);
      expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'seloste: `HEAD:big.yaml` is larger than the 1 MB a register may be\n' });
    } finally {
      cleanup();
    }
  });
});
