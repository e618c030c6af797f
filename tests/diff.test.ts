import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diffCommand, type DiffOptions } from '../src/diff/command.js';
import { compareDurations, describeDuration, diffRegisters, durationDays, type Change } from '../src/diff/diff.js';
import { changeLogEntry, changeLogYaml, formatChangesJson, formatChangesMarkdown, formatChangesText } from '../src/diff/format.js';
import type { Register } from '../src/types.js';
import { FIXTURES, ROOT, tempProject } from './helpers.js';

const exec = promisify(execFile);
const DIR = join(FIXTURES, 'diff');
const rel = (name: string): string => `tests/fixtures/diff/${name}`;

async function diff(oldRef: string, newRef: string, opts: DiffOptions = {}, cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await diffCommand(oldRef, newRef, opts, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd });
  return { code, stdout, stderr };
}

async function changesOf(variant: string): Promise<{ code: number; changes: Change[]; material: boolean }> {
  const r = await diff(rel('base.yaml'), rel(variant), { format: 'json' });
  expect(r.stderr).toBe('');
  const parsed = JSON.parse(r.stdout) as { material: boolean; changes: Change[] };
  return { code: r.code, ...parsed };
}

const kinds = (changes: Change[]): [string, boolean, string][] => changes.map((c) => [c.kind, c.material, c.path]);

describe('seloste diff: kinds of change', () => {
  it('finds no changes between a register and itself', async () => {
    const r = await changesOf('base.yaml');
    expect(r).toEqual({ code: 0, material: false, changes: [] });
  });

  it('a new purpose is material', async () => {
    const r = await changesOf('purpose-added.yaml');
    expect(kinds(r.changes)).toEqual([['purpose-added', true, 'purposes[2]']]);
    expect(r.changes[0]!.summary.en).toBe('New purpose `Preventing payment fraud` on the legal basis `legitimate interests`.');
    expect(r.changes[0]!.summary.fi).toBe('Uusi käsittelyn tarkoitus `Maksupetosten estäminen`, oikeusperuste `oikeutettu etu`.');
    expect(r.code).toBe(1);
  });

  it('a removed purpose is not material and points into the old register', async () => {
    const r = await changesOf('purpose-removed.yaml');
    expect(r.changes).toMatchObject([{ kind: 'purpose-removed', material: false, path: 'purposes[1]', in: 'old' }]);
    expect(r.code).toBe(0);
  });

  it('matches a purpose without an id by its text in any language, and a changed legal basis is material', async () => {
    const r = await changesOf('legal-basis.yaml');
    expect(kinds(r.changes)).toEqual([
      ['legal-basis-changed', true, 'purposes[1].legal_basis'],
      ['purpose-reworded', false, 'purposes[1].description'],
    ]);
    expect(r.changes[0]!.summary.en).toBe('The legal basis of the purpose `Customer support` changed from `contract` to `legitimate interests`.');
    // What changed in the purpose is named in words of each language, not by its YAML key.
    expect(r.changes[1]!.summary.en).toBe('The wording of the purpose `Customer support` changed: description and legitimate interest.');
    expect(r.changes[1]!.summary.fi).toBe('Käsittelyn tarkoituksen `Asiakaspalvelu` sanamuoto muuttui: kuvaus ja oikeutettu etu.');
    expect(r.changes[1]!.summary.sv).toBe('Formuleringen av ändamålet `Customer support` ändrades: beskrivning och berättigat intresse.');
  });

  it('wording alone, and a period written differently, are not material', async () => {
    const r = await changesOf('reworded.yaml');
    expect(kinds(r.changes)).toEqual([
      ['purpose-reworded', false, 'purposes[0].description'],
      ['retention-changed', false, 'retention[1]'],
    ]);
    expect(r.changes[1]!.summary.en).toBe('The retention of all data changed: period.');
    expect(r.code).toBe(0);
  });

  it('a new recipient is material, a removed one is not', async () => {
    const r = await changesOf('recipients.yaml');
    expect(kinds(r.changes)).toEqual([
      ['recipient-added', true, 'recipients[0]'],
      ['recipient-removed', false, 'recipients[0]'],
    ]);
    expect(r.changes[0]!.summary.en).toBe('New recipient: `Postiljooni Oy`.');
    expect(r.changes[0]!.summary.sv).toBe('Ny mottagare: `Postiljooni Oy`.');
    expect(r.changes[1]!.summary.sv).toBe('Mottagaren `Kassavirta Oy` togs bort.');
  });

  it('a new transfer and a changed transfer mechanism are material', async () => {
    const r = await changesOf('transfers.yaml');
    expect(kinds(r.changes)).toEqual([
      ['transfer-added', true, 'transfers[1]'],
      ['transfer-mechanism-changed', true, 'transfers[0].mechanism'],
      ['transfer-changed', false, 'transfers[0]'],
    ]);
    expect(r.changes[1]!.summary.en).toBe(
      'The transfer to `United States` (`Helpline Harbor Inc.`) now rests on `EU-US Data Privacy Framework` instead of `standard contractual clauses`.',
    );
    expect(r.changes[1]!.summary.sv).toBe(
      'Överföringen till `USA` (`Helpline Harbor Inc.`) grundar sig nu på `ramen för dataskydd mellan EU och USA` i stället för `standardavtalsklausuler`.',
    );
  });

  it('compares retention periods by their length: P36M is P3Y, P26M is longer than P2Y', async () => {
    const r = await changesOf('retention.yaml');
    expect(kinds(r.changes)).toEqual([
      ['retention-changed', false, 'retention[0]'],
      ['retention-longer', true, 'retention[1].period'],
    ]);
    expect(r.changes[1]!.summary.en).toBe('Retention of all data lengthened from `2 years` to `26 months`.');
    expect(r.changes[1]!.summary.fi).toBe('Kaikkien tietojen säilytysaika piteni: `2 vuotta` → `26 kuukautta`.');
    expect(r.changes[1]!.summary.sv).toBe('Lagringstiden för alla uppgifter förlängdes från `2 år` till `26 månader`.');
  });

  it('shorter retention is not material', async () => {
    const r = await changesOf('retention-shorter.yaml');
    expect(kinds(r.changes)).toEqual([['retention-shorter', false, 'retention[1].period']]);
    expect(r.code).toBe(0);
  });

  it('a new data category is material, a removed one is not', async () => {
    const r = await changesOf('categories.yaml');
    expect(kinds(r.changes)).toEqual([
      ['data-category-added', true, 'data_categories[1]'],
      ['data-category-removed', false, 'data_categories[1]'],
    ]);
  });

  it('a new source outside the data subject is material; observation is not', async () => {
    const r = await changesOf('sources.yaml');
    expect(kinds(r.changes)).toEqual([
      ['source-added', false, 'sources[1]'],
      ['source-added', true, 'sources[2]'],
    ]);
    expect(r.changes[1]!.summary.en).toBe('New source of data: `Luottotieto Oy` (an organisation).');
  });

  it('a new special category is material', async () => {
    const r = await changesOf('special.yaml');
    expect(kinds(r.changes)).toEqual([['special-category-added', true, 'special_categories[0]']]);
    expect(r.changes[0]!.summary.en).toBe('New special category of data: `health data`.');
  });

  it('automated decisions introduced are material', async () => {
    const r = await changesOf('automated.yaml');
    expect(kinds(r.changes)).toEqual([['automated-decisions-added', true, 'automated_decisions']]);
    expect(r.changes[0]!.summary.en).toBe('Decisions are now made by automated means, including profiling.');
  });

  it('a new controller is material, new DPO contact details are not', async () => {
    const r = await changesOf('controller.yaml');
    expect(kinds(r.changes)).toEqual([
      ['controller-changed', true, 'controller'],
      ['dpo-changed', false, 'dpo'],
    ]);
    expect(r.changes[0]!.summary.en).toBe('The controller changed from `Testikahvila Oy` (1234567-1) to `Uusikahvila Oy` (7654321-2).');
  });

  it('every summary is one sentence in English, Finnish and Swedish', async () => {
    for (const variant of ['purpose-added', 'legal-basis', 'recipients', 'transfers', 'retention', 'categories', 'sources', 'special', 'automated', 'controller']) {
      const { changes } = await changesOf(`${variant}.yaml`);
      for (const c of changes) {
        for (const s of [c.summary.en, c.summary.fi, c.summary.sv]) {
          expect(s).toMatch(/^[A-ZÄÖÅ`].*\.$/u);
          expect(s.replace(/`[^`]*`/g, '')).not.toMatch(/\.\s/);
        }
      }
    }
  });
});

describe('diffRegisters', () => {
  const base: Register = { id: 'r', name: { fi: 'Rekisteri' }, updated: '2026-01-01' };

  it("a recipient's names in other languages change it, not who it is", () => {
    const tax = { name: 'Verohallinto', role: 'authority' as const };
    const named = diffRegisters({ ...base, recipients: [tax] }, { ...base, recipients: [{ ...tax, names: { sv: 'Skatteförvaltningen' } }] });
    expect(kinds(named)).toEqual([['recipient-changed', false, 'recipients[0]']]);
    expect(named[0]!.summary.en).toBe('Recipient `Verohallinto` changed: names in other languages.');
  });

  it("the controller's names in other languages are neither a new controller nor new contact details", () => {
    const controller = { name: 'Testikahvila Oy', business_id: '1234567-1', email: 'tietosuoja@testikahvila.example' };
    const withController: Register = { ...base, controller };
    const named = diffRegisters(withController, { ...base, controller: { ...controller, names: { sv: 'Testkafé Ab' } } });
    expect(kinds(named)).toEqual([['controller-names-changed', false, 'controller.names']]);
    expect(named[0]!.summary.fi).toBe('Rekisterinpitäjän `Testikahvila Oy` muunkieliset nimet muuttuivat.');
    const both = diffRegisters(withController, { ...base, controller: { ...controller, names: { sv: 'Testkafé Ab' }, phone: '+358 40 000 0000' } });
    expect(kinds(both).map(([kind]) => kind)).toEqual(['controller-names-changed', 'controller-contact-changed']);
  });

  it('treats recipients and transfers written as `none` as empty lists', () => {
    const changes = diffRegisters(
      { ...base, recipients: 'none', transfers: 'none' },
      { ...base, recipients: [{ name: 'Kassavirta Oy', country: 'FI' }], transfers: [{ country: 'US', recipient: 'Cloud Inc.', mechanism: 'data_privacy_framework' }] },
    );
    expect(kinds(changes)).toEqual([
      ['recipient-added', true, 'recipients[0]'],
      ['transfer-added', true, 'transfers[0]'],
    ]);
  });

  it('two items with different ids are different items even with the same text', () => {
    const changes = diffRegisters(
      { ...base, purposes: [{ id: 'a', description: { fi: 'Laskutus' }, legal_basis: 'contract' }] },
      { ...base, purposes: [{ id: 'b', description: { fi: 'Laskutus' }, legal_basis: 'contract' }] },
    );
    expect(changes.map((c) => c.kind)).toEqual(['purpose-added', 'purpose-removed']);
  });

  it('an item that gains an id still matches by its text', () => {
    const changes = diffRegisters(
      { ...base, data_categories: [{ description: { fi: 'Nimi' } }] },
      { ...base, data_categories: [{ id: 'name', description: { fi: 'Nimi' } }] },
    );
    expect(changes).toEqual([]);
  });

  it('a catch-all period split into a longer one for some data is longer retention', () => {
    const changes = diffRegisters(
      { ...base, data_categories: [{ id: 'contact', description: { en: 'Contact details' } }], retention: [{ period: 'P1Y' }] },
      { ...base, data_categories: [{ id: 'contact', description: { en: 'Contact details' } }], retention: [{ applies_to: ['contact'], period: 'P5Y' }, { period: 'P1Y' }] },
    );
    expect(kinds(changes)).toEqual([['retention-longer', true, 'retention[0].period']]);
    expect(changes[0]!.summary.en).toBe('Retention of `Contact details` lengthened from `1 year` to `5 years`.');
  });

  it('profiling added to automated decisions is material, other rewording is not', () => {
    const decision = { logic: { fi: 'a' }, significance: { fi: 'b' }, consequences: { fi: 'c' } };
    expect(diffRegisters({ ...base, automated_decisions: decision }, { ...base, automated_decisions: { ...decision, profiling: true } })).toMatchObject([
      { kind: 'automated-decisions-changed', material: true },
    ]);
    expect(diffRegisters({ ...base, automated_decisions: decision }, { ...base, automated_decisions: { ...decision, logic: { fi: 'x' } } })).toMatchObject([
      { kind: 'automated-decisions-changed', material: false },
    ]);
    expect(diffRegisters({ ...base, automated_decisions: decision }, { ...base, automated_decisions: 'none' })).toMatchObject([
      { kind: 'automated-decisions-removed', material: false },
    ]);
  });

  it('new further processing and direct marketing are material', () => {
    const purpose = { id: 'orders', description: { fi: 'Tilaukset' }, legal_basis: 'contract' as const };
    const changes = diffRegisters(
      { ...base, purposes: [purpose] },
      { ...base, purposes: [{ ...purpose, direct_marketing: true }], further_processing: [{ purpose: { fi: 'Tutkimus' } }] },
    );
    expect(kinds(changes)).toEqual([
      ['direct-marketing-added', true, 'purposes[0].direct_marketing'],
      ['further-processing-added', true, 'further_processing[0]'],
    ]);
  });

  it('measures ISO 8601 periods in days', () => {
    expect(durationDays('P3Y')).toBeCloseTo(1095.75);
    expect(durationDays('P26M')).toBeCloseTo(791.44);
    expect(durationDays('P2W')).toBe(14);
    expect(durationDays('P1Y6M')).toBeCloseTo(547.89);
    expect(durationDays('three years')).toBeUndefined();
    expect(compareDurations('P3Y', 'P26M')).toBe(1);
    expect(compareDurations('P12M', 'P1Y')).toBe(0);
    expect(compareDurations('P120M', 'P10Y')).toBe(0);
    expect(compareDurations('P30D', 'P1M')).toBe(0);
    expect(compareDurations('P29D', 'P1M')).toBe(-1);
    expect(describeDuration('P2Y6M', 'en')).toBe('2 years and 6 months');
    expect(describeDuration('P1Y', 'fi')).toBe('1 vuosi');
  });
});

describe('seloste diff: output', () => {
  it('text: one line per change, `!` marking material ones', async () => {
    const r = await diff(rel('base.yaml'), rel('transfers.yaml'));
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^! transfer-added {14}New transfer outside the EEA to `United Kingdom` \(`Backup Ltd`\) on `adequacy decision`\. {2}\(transfers\[1\]\)$/);
    expect(lines[2]).toMatch(/^ {2}transfer-changed/);
    expect(r.stdout).toContain('3 changes, 2 material');
    expect(r.code).toBe(1);
  });

  it('text in Finnish', async () => {
    const r = await diff(rel('base.yaml'), rel('purpose-removed.yaml'), { lang: 'fi' });
    expect(r.stdout).toContain('Käsittelyn tarkoitus poistettiin: `Asiakaspalvelu`.  (was purposes[1])');
    expect(r.stdout).toContain('1 muutos, joista olennaisia 0');
  });

  it('says so when nothing changed', async () => {
    expect((await diff(rel('base.yaml'), rel('base.yaml'))).stdout).toBe('No changes.\n');
  });

  it('Markdown: material changes first, under their own heading', async () => {
    const r = await diff(rel('base.yaml'), rel('categories.yaml'), { format: 'markdown' });
    expect(r.stdout).toBe(
      [
        '## Material changes',
        '',
        'Tell data subjects of these changes actively, before they take effect (GDPR Art. 13(3), 14(4)).',
        '',
        '- New category of personal data: `Location data`.',
        '',
        '## Other changes',
        '',
        '- Category of personal data removed: `Order history`.',
        '',
      ].join('\n'),
    );
  });

  it('JSON: {material, changes}', () => {
    const changes = diffRegisters({ id: 'r', name: { fi: 'A' }, updated: '2026-01-01' }, { id: 'r', name: { fi: 'B' }, updated: '2026-01-01' });
    expect(JSON.parse(formatChangesJson(changes))).toEqual({
      material: false,
      changes: [{ kind: 'name-changed', material: false, path: 'name', in: 'new', summary: expect.any(Object) }],
    });
    expect(formatChangesText([])).toBe('No changes.\n');
    expect(formatChangesMarkdown([], 'fi')).toBe('Ei muutoksia.\n');
    expect(formatChangesMarkdown(changes, 'sv')).toBe('## Övriga ändringar\n\n- Registret bytte namn från `A` till `B`.\n');
  });
});

describe('change log entry', () => {
  it('is a ready `changes:` entry, material when any change is', async () => {
    const { changes } = await changesOf('recipients.yaml');
    const entry = changeLogEntry(changes, '2026-03-01');
    expect(entry).toEqual({
      date: '2026-03-01',
      description: {
        fi: 'Uusi vastaanottaja: ”Postiljooni Oy”. Vastaanottaja poistettiin: ”Kassavirta Oy”.',
        en: 'New recipient: “Postiljooni Oy”. Recipient removed: “Kassavirta Oy”.',
      },
      material: true,
    });
    expect(Object.keys(changeLogEntry(changes, '2026-03-01', ['en']).description)).toEqual(['en']);
  });

  it('pastes into a register and passes its schema', async () => {
    const { changes } = await changesOf('retention-shorter.yaml');
    const yaml = changeLogYaml(changeLogEntry(changes, '2026-03-01'), ['sv']);
    expect(yaml).toContain('# Add the description in `sv` too.');
    const base = readFileSync(join(DIR, 'base.yaml'), 'utf8');
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi, en]\n', 'r.yaml': `${base}${yaml}` });
    try {
      const parsed = parse(readFileSync(join(dir, 'r.yaml'), 'utf8')) as Register;
      expect(parsed.changes).toEqual([{ date: '2026-03-01', description: expect.any(Object), material: false }]);
      const self = await diff('r.yaml', 'r.yaml', {}, dir);
      expect(self.code).toBe(0);
      expect(self.stderr).toBe('');
    } finally {
      cleanup();
    }
  });

  it('--changelog prints the entry, dated by the new `updated` when it moved', async () => {
    const { dir, cleanup } = tempProject({
      'old.yaml': readFileSync(join(DIR, 'base.yaml'), 'utf8'),
      'new.yaml': readFileSync(join(DIR, 'special.yaml'), 'utf8').replace('updated: 2026-01-15', 'updated: 2026-04-01'),
    });
    try {
      const r = await diff('old.yaml', 'new.yaml', { changelog: true }, dir);
      expect(r.code, 'printing the entry is success; the material exit belongs to the plain diff').toBe(0);
      expect(r.stdout).toMatch(/^changes:\n {2}- date: 2026-04-01\n {4}description:\n {6}fi: "Uusi erityinen henkilötietoryhmä: ”terveystiedot”\."\n {6}en: "New special category of data: “health data”\."\n {4}material: true\n$/);
      const json = await diff('old.yaml', 'new.yaml', { changelog: true, format: 'json', date: '2026-05-05' }, dir);
      expect(JSON.parse(json.stdout)).toMatchObject({ date: '2026-05-05', material: true });
    } finally {
      cleanup();
    }
  });

  it('--changelog writes Swedish too when the project publishes in it', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi, sv]\n',
      'old.yaml': readFileSync(join(DIR, 'base.yaml'), 'utf8'),
      'new.yaml': readFileSync(join(DIR, 'special.yaml'), 'utf8'),
    });
    try {
      const r = await diff('old.yaml', 'new.yaml', { changelog: true, format: 'json', date: '2026-05-05' }, dir);
      expect(JSON.parse(r.stdout).description).toEqual({
        fi: 'Uusi erityinen henkilötietoryhmä: ”terveystiedot”.',
        en: 'New special category of data: “health data”.',
        sv: 'Ny särskild kategori av personuppgifter: ”uppgifter om hälsa”.',
      });
    } finally {
      cleanup();
    }
  });
});

describe('seloste diff: files and revisions', () => {
  it('exits 2 with the diagnostics of an invalid register', async () => {
    const r = await diff(rel('base.yaml'), rel('invalid.yaml'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('tests/fixtures/diff/invalid.yaml');
    expect(r.stderr).toMatch(/Unexpected value `contrat` for `legal_basis`/);
    expect(r.stderr).toContain('seloste: cannot compare: tests/fixtures/diff/invalid.yaml is not a valid register');
  });

  it('exits 2 for a file that does not exist', async () => {
    const r = await diff(rel('base.yaml'), rel('missing.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.yaml: File not found');
  });

  it('reads the old version from git: `HEAD` and a file, or `REV:path`', async () => {
    const base = readFileSync(join(DIR, 'base.yaml'), 'utf8');
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi, en]\n',
      'notices/shop.org.yaml': 'controller:\n  name: Testikahvila Oy\n  email: tietosuoja@testikahvila.fi\n',
      'notices/shop.yaml': base.replace(/controller:\n(?: {2}.*\n)+/, 'organisation: ./shop.org.yaml\n'),
    });
    const g = (...args: string[]) => exec('git', args, { cwd: dir });
    try {
      await g('init', '-q');
      await g('-c', 'user.name=Test', '-c', 'user.email=test@testikahvila.fi', 'add', '.');
      await g('-c', 'user.name=Test', '-c', 'user.email=test@testikahvila.fi', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'first');
      const file = join(dir, 'notices', 'shop.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('  - period: P2Y', '  - period: P5Y'));

      const r = await diff('HEAD', 'notices/shop.yaml', { format: 'json' }, dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expect(kinds((JSON.parse(r.stdout) as { changes: Change[] }).changes)).toEqual([['retention-longer', true, 'retention[1].period']]);

      const same = await diff('HEAD:notices/shop.yaml', 'shop.yaml', {}, join(dir, 'notices'));
      expect(same.code).toBe(1);
      expect(same.stdout).toContain('Retention of all data lengthened from `2 years` to `5 years`.');

      const fromSub = await diff('HEAD', 'shop.yaml', { format: 'json' }, join(dir, 'notices'));
      expect(fromSub.code).toBe(1);

      const bad = await diff('no-such-branch', 'notices/shop.yaml', {}, dir);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/^seloste: cannot read `no-such-branch:notices\/shop\.yaml` from git: /);

      const badPath = await diff('HEAD:notices/other.yaml', 'notices/shop.yaml', {}, dir);
      expect(badPath.code).toBe(2);
      expect(badPath.stderr).toContain('cannot read `HEAD:notices/other.yaml` from git');
    } finally {
      cleanup();
    }
  });
});
