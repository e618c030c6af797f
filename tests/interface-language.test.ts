import { describe, expect, it } from 'vitest';
import { interfaceLanguage, localeLanguage } from '../src/interface-language.js';
import { cli, tempProject } from './helpers.js';

const FI = { LANG: 'fi_FI.UTF-8' };
const SV = { LANG: 'sv_FI.UTF-8' };

describe('the language of the interface', () => {
  it('is read from the locale as POSIX reads it', () => {
    expect(localeLanguage({ LANG: 'fi_FI.UTF-8' })).toBe('fi');
    expect(localeLanguage({ LANG: 'sv_FI.UTF-8' })).toBe('sv');
    expect(localeLanguage({ LANG: 'sv_SE' })).toBe('sv');
    expect(localeLanguage({ LANG: 'fi' })).toBe('fi');
    expect(localeLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(localeLanguage({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(localeLanguage({ LANG: 'fil_PH' })).toBe('en');
    expect(localeLanguage({})).toBe('en');
    expect(localeLanguage({ LANG: 'fi_FI.UTF-8', LC_MESSAGES: 'sv_FI.UTF-8' })).toBe('sv');
    expect(localeLanguage({ LANG: 'fi_FI.UTF-8', LC_MESSAGES: 'sv_FI.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(localeLanguage({ LANG: 'sv_FI.UTF-8', LC_ALL: '' })).toBe('sv');
  });

  it('is the configuration’s `message_language` when it sets one', () => {
    expect(interfaceLanguage('en', FI)).toBe('en');
    expect(interfaceLanguage('sv', FI)).toBe('sv');
    expect(interfaceLanguage(undefined, FI)).toBe('fi');
    expect(interfaceLanguage('de', SV)).toBe('sv');
  });
});

/** The commands `seloste --help` lists, in English. */
async function commands(): Promise<string[]> {
  const help = (await cli(['--help'])).stdout;
  const list = help.slice(help.indexOf('Commands:'));
  return [...list.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!).filter((c) => c !== 'help');
}

/** The entries of a help text (a title, an option or a paragraph), each on one line however it was wrapped. */
function entries(help: string): string[] {
  const out: string[] = [];
  let previous = '';
  for (const line of help.split('\n')) {
    const wrapped = /^ {3,}\S/.test(line) || (/^\S/.test(line) && /^\S/.test(previous) && !previous.endsWith(':'));
    if (wrapped && previous.trim()) out[out.length - 1] += ` ${line.trim()}`;
    else if (line.trim()) out.push(line.trim());
    previous = line;
  }
  return out;
}

/** The entries of the English help that are the same in another language: untranslated text. */
async function untranslated(args: string[], env: Record<string, string>): Promise<string[]> {
  const english = new Set(entries((await cli(args)).stdout));
  const other = await cli(args, undefined, env);
  expect(other.code).toBe(0);
  return entries(other.stdout).filter((entry) => english.has(entry));
}

describe('--help', () => {
  it('is in English without a locale, as it always was', async () => {
    const r = await cli(['--help'], undefined, { LANG: 'C' });
    expect(r.stdout).toBe((await cli(['--help'])).stdout);
    expect(r.stdout.split('\n').slice(0, 6)).toEqual([
      'Usage: seloste [options] [command]',
      '',
      'Privacy notices (tietosuojaseloste) from YAML registers, checked against GDPR',
      'Art. 13 and 14',
      '',
      'Options:',
    ]);
  });

  it('of the program and of every command is in Finnish and in Swedish, every line of it', async () => {
    const names = await commands();
    expect(names).toEqual(expect.arrayContaining(['check', 'build', 'serve', 'init', 'import', 'diff', 'schema']));
    for (const env of [FI, SV]) {
      expect(await untranslated(['--help'], env)).toEqual([]);
      for (const name of names) expect({ name, lines: await untranslated([name, '--help'], env) }).toEqual({ name, lines: [] });
    }
  });

  it('in Finnish uses commander’s words in Finnish, the flags as they are typed', async () => {
    const r = await cli(['check', '--help'], undefined, FI);
    expect(r.stdout).toMatch(/^Käyttö: seloste check \[valitsimet\] \[paths\.\.\.\]\n/);
    expect(r.stdout).toContain('\nArgumentit:\n  paths ');
    expect(r.stdout).toMatch(/\(oletus:\s+\["notices"\]\)/);
    expect(r.stdout).toMatch(/-f, --format <format> +tulosteen muoto \(vaihtoehdot: "stylish",/);
    expect(r.stdout).toMatch(/-h, --help +näytä komennon ohje\n/);
    const top = await cli(['--help'], undefined, FI);
    expect(top.stdout).toMatch(/\nKomennot:\n {2}check \[valitsimet\] \[paths\.\.\.\] +tarkista rekisterit/);
    expect(top.stdout).toMatch(/-v, --version +näytä versionumero\n/);
  });

  it('in Swedish uses commander’s words in Swedish', async () => {
    const r = await cli(['build', '--help'], undefined, SV);
    expect(r.stdout).toMatch(/^Användning: seloste build \[flaggor\] \[paths\.\.\.\]\n/);
    expect(r.stdout).toContain('\nFlaggor:\n');
    expect(r.stdout).toMatch(/\(standard:\s+"dist"\)/);
    expect((await cli(['help'], undefined, SV)).stdout).toMatch(/\nKommandon:\n[^]*\n {2}help \[kommando\] +visa hjälp för kommandot\n/);
  });

  it('follows `message_language` of the configuration over the locale', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'message_language: en\n', 'sv/seloste.config.yaml': 'message_language: sv\n' });
    try {
      expect((await cli(['--help'], dir, FI)).stdout).toMatch(/^Usage: seloste/);
      expect((await cli(['--help'], `${dir}/sv`, FI)).stdout).toMatch(/^Användning: seloste/);
    } finally {
      cleanup();
    }
  });
});

describe('usage errors', () => {
  it('are said in the language of the interface, commander’s too', async () => {
    const unknown = await cli(['check', '--formt', 'json'], undefined, FI);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("seloste: virhe: tuntematon valitsin '--formt'\n(Tarkoititko --format?)\n(ohje: `seloste --help`)\n");
    const choice = await cli(['check', '--format', 'xml'], undefined, SV);
    expect(choice.stderr).toContain(
      "seloste: fel: värdet 'xml' för flaggan '-f, --format <format>' är ogiltigt. Tillåtna alternativ: stylish, compact, json, sarif, github.\n",
    );
    const tooMany = await cli(['diff', 'a', 'b', 'c'], undefined, FI);
    expect(tooMany.stderr).toContain("seloste: virhe: liikaa argumentteja komennolle 'diff': odotettiin 2, annettiin 3\n");
    expect((await cli(['check', '--lang', ''], undefined, SV)).stderr).toBe('seloste: `--lang` anger inget språk; ange ett eller flera, t.ex. `--lang fi,sv`\n');
    expect((await cli(['serve', '--port', 'x'], undefined, FI)).stderr).toBe('seloste: --port odottaa lukua väliltä 0–65535, annettiin `x`\n');
  });

  it('stay in English without a locale', async () => {
    const r = await cli(['check', '--formt', 'json']);
    expect(r.stderr).toBe("seloste: error: unknown option '--formt'\n(Did you mean --format?)\n(run `seloste --help` for usage)\n");
  });
});

describe('the findings of check', () => {
  const REGISTER = 'name: {sv: Kundregister}\nupdated: 2026-01-15\ncontroler: {name: Exempel Ab}\n';

  /** `check --format json` of one register: its messages by rule. */
  async function messages(config: string, env: Record<string, string>): Promise<Record<string, string>> {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': config, 'r.yaml': REGISTER });
    try {
      const r = await cli(['check', 'r.yaml', '--format', 'json'], dir, env);
      return Object.fromEntries((JSON.parse(r.stdout) as { ruleId: string; message: string }[]).map((d) => [d.ruleId, d.message]));
    } finally {
      cleanup();
    }
  }

  it('are in the language of the locale when the configuration sets none', async () => {
    const found = await messages('languages: [sv]\n', SV);
    expect(found['schema/unknown-key']).toBe('Okänd nyckel `controler` i registret; menade du `controller`?');
    expect(found['legal-basis']).toBe('`purposes` saknas: beskrivningen måste ange vad uppgifterna används till och på vilken rättslig grund (artikel 13.1 c)');
    expect((await messages('languages: [sv]\n', FI))['legal-basis']).toMatch(/^Puuttuu `purposes`/);
    expect((await messages('languages: [sv]\n', {}))['legal-basis']).toMatch(/^Missing `purposes`/);
  });

  it('name an organisation file that cannot be used in the language of the locale', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'r.yaml': `organisation: ./yhteiset.yaml\n${REGISTER}` });
    try {
      const r = await cli(['check', 'r.yaml', '--format', 'json'], dir, FI);
      const found = (JSON.parse(r.stdout) as { ruleId: string; message: string }[]).filter((d) => d.ruleId === 'register/organisation');
      expect(found.map((d) => d.message)).toEqual(['Organisaatiotiedoston `./yhteiset.yaml` nimen on oltava muotoa `*.org.yaml`']);
    } finally {
      cleanup();
    }
  });

  it('follow `message_language` over the locale', async () => {
    expect((await messages('languages: [sv]\nmessage_language: en\n', SV))['legal-basis']).toMatch(/^Missing `purposes`/);
    expect((await messages('languages: [sv]\nmessage_language: sv\n', FI))['legal-basis']).toMatch(/^`purposes` saknas/);
  });
});
