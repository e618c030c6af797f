import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/pipeline.js';
import { FIXTURES, ROOT } from './helpers.js';

const CONFIG = join(FIXTURES, 'rules', 'seloste.config.yaml');

/** The format diagnostics of one fixture as `line:column-endLine:endColumn ruleId message`. */
async function formatErrors(name: string, configFile = CONFIG): Promise<string[]> {
  const result = await checkPaths({ cwd: ROOT, paths: [join(FIXTURES, 'format', name)], configFile });
  return result.files
    .flatMap((f) => f.diagnostics)
    .filter((d) => /^(schema|yaml|file)\//.test(d.ruleId))
    .map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId} ${d.message}`);
}

describe('register format errors', () => {
  it('reports each kind of schema error at the offending node', async () => {
    expect(await formatErrors('errors.yaml')).toEqual([
      '2:10-2:20 schema/format `2026-13-01` is not a valid date: expected YYYY-MM-DD, e.g. `2026-01-31`',
      '3:1-3:10 schema/unknown-key Unknown key `controler` in the register, did you mean `controller`?',
      '5:1-5:11 schema/required Missing required key `name` in `controller`',
      '7:10-7:22 schema/format `not-an-email` is not a valid e-mail address',
      '8:12-8:28 schema/pattern Unexpected value `ftp://example.fi` for `website`: expected a web address starting with `https://` or `http://`',
      '10:18-10:30 schema/type Expected `description` to be text per language, e.g. `{fi: …, en: …}`, found the text `Markkinointi`',
      '11:18-11:25 schema/enum Unexpected value `concent` for `legal_basis` (did you mean `consent`?), expected one of `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests`',
      '12:13-12:18 schema/type Expected `recipients` to be `none` or a list, found the text `nonee`',
      '14:13-14:20 schema/pattern Unexpected value `3 years` for `period`: expected an ISO 8601 duration, e.g. `P3Y` (3 years), `P6M` (6 months), `P2W`, `P30D`',
    ]);
  });

  it('says the same in Finnish with `message_language: fi`', async () => {
    expect(await formatErrors('errors.yaml', join(FIXTURES, 'format', 'fi', 'seloste.config.yaml'))).toEqual([
      '2:10-2:20 schema/format `2026-13-01` ei ole kelvollinen päivämäärä: odotettu muoto VVVV-KK-PP, esim. `2026-01-31`',
      '3:1-3:10 schema/unknown-key Tuntematon avain `controler` (kohta: rekisteri); tarkoititko `controller`?',
      '5:1-5:11 schema/required Pakollinen avain `name` puuttuu (kohta: `controller`)',
      '7:10-7:22 schema/format `not-an-email` ei ole kelvollinen sähköpostiosoite',
      '8:12-8:28 schema/pattern Väärän muotoinen arvo `ftp://example.fi` kohdassa `website`: odotettu: verkko-osoite, joka alkaa `https://` tai `http://`',
      '10:18-10:30 schema/type Väärä tyyppi kohdassa `description`: odotettu teksti kielittäin, esim. `{fi: …, en: …}`, löytyi teksti `Markkinointi`',
      '11:18-11:25 schema/enum Tuntematon arvo `concent` kohdassa `legal_basis` (tarkoititko `consent`?); sallitut arvot: `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests`',
      '12:13-12:18 schema/type Väärä tyyppi kohdassa `recipients`: odotettu `none` tai luettelo, löytyi teksti `nonee`',
      '14:13-14:20 schema/pattern Väärän muotoinen arvo `3 years` kohdassa `period`: odotettu: ISO 8601 -kesto, esim. `P3Y` (3 vuotta), `P6M` (6 kuukautta), `P2W`, `P30D`',
    ]);
  });

  it('says the same in Swedish with `message_language: sv`', async () => {
    expect(await formatErrors('errors.yaml', join(FIXTURES, 'format', 'sv', 'seloste.config.yaml'))).toEqual([
      '2:10-2:20 schema/format `2026-13-01` är inte ett giltigt datum: väntade ÅÅÅÅ-MM-DD, t.ex. `2026-01-31`',
      '3:1-3:10 schema/unknown-key Okänd nyckel `controler` i registret; menade du `controller`?',
      '5:1-5:11 schema/required Den obligatoriska nyckeln `name` saknas i `controller`',
      '7:10-7:22 schema/format `not-an-email` är inte en giltig e-postadress',
      '8:12-8:28 schema/pattern Oväntat värde `ftp://example.fi` för `website`: väntade en webbadress som börjar med `https://` eller `http://`',
      '10:18-10:30 schema/type Fel typ för `description`: väntade text per språk, t.ex. `{fi: …, sv: …}`, fann texten `Markkinointi`',
      '11:18-11:25 schema/enum Oväntat värde `concent` för `legal_basis` (menade du `consent`?); väntade ett av `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests`',
      '12:13-12:18 schema/type Fel typ för `recipients`: väntade `none` eller en lista, fann texten `nonee`',
      '14:13-14:20 schema/pattern Oväntat värde `3 years` för `period`: väntade en tidslängd enligt ISO 8601, t.ex. `P3Y` (3 år), `P6M` (6 månader), `P2W`, `P30D`',
    ]);
  });

  it('points a missing key at the object that lacks it', async () => {
    expect(await formatErrors('required.yaml')).toEqual([
      '2:1-2:11 schema/required Missing required key `name` in `controller`',
      '5:5-5:20 schema/required Expected `recipients[0]` to have `name` or `category`',
    ]);
  });

  it('takes the names of a source or recipient in any language, only beside its name and never empty', async () => {
    expect(await formatErrors('names.yaml')).toEqual([
      '8:5-8:10 schema/required Missing required key `name` in `sources[1]` (with `names`)',
      '11:17-11:19 schema/empty `sv` is empty',
      '13:5-13:10 schema/required Missing required key `name` in `recipients[1]` (with `names`)',
    ]);
  });

  it('takes a group company only beside the role of a processor or a controller', async () => {
    expect(await formatErrors('group-company.yaml')).toEqual([
      '7:5-7:31 schema/required Missing required key `role` in `recipients[1]` (with `group_company: true`)',
      '10:11-10:27 schema/enum Unexpected value `joint_controller` for `role`, expected one of `processor`, `controller` (with `group_company: true`)',
      '13:11-13:24 schema/enum Unexpected value `group_company` for `role`, expected one of `processor`, `controller`, `joint_controller`, `authority`',
    ]);
  });

  it('follows aliases to the anchored node', async () => {
    expect(await formatErrors('aliases.yaml')).toEqual([
      '3:1-3:8 schema/unknown-key Unknown key `address` in the register',
      '6:3-6:7 schema/unknown-key Unknown key `town` in `address`; expected one of `street`, `po_box`, `postal_code`, `city`, `country`',
    ]);
  });

  it('reports YAML syntax errors and duplicate keys', async () => {
    expect(await formatErrors('syntax.yaml')).toEqual([
      '2:1-2:2 yaml/syntax Flow map in block collection must be sufficiently indented and end with a }',
    ]);
    expect(await formatErrors('duplicate.yaml')).toEqual(['3:1-3:5 yaml/duplicate-key Duplicate key `name`: each key may appear once in a map']);
  });

  it('says what a file should be when it is empty or not a map', async () => {
    expect(await formatErrors('empty.yaml')).toEqual([
      '1:1-1:1 yaml/empty File is empty: expected a register with keys such as `name:` and `updated:`',
    ]);
    expect(await formatErrors('list.yaml')).toEqual([
      '1:1-2:1 schema/type Expected a map of keys (such as `name:` and `updated:`), found a list',
    ]);
  });

  it('keeps postal codes as written, leading zeros and all', async () => {
    const result = await checkPaths({ cwd: ROOT, paths: [join(FIXTURES, 'format', 'postal.yaml')], configFile: CONFIG });
    const file = result.files[0]!;
    expect(file.diagnostics.filter((d) => d.ruleId.startsWith('schema/'))).toEqual([]);
    expect(file.loaded?.register.controller?.address?.postal_code).toBe('00100');
  });

  it('checks the other files when one is broken', async () => {
    const result = await checkPaths({ cwd: ROOT, paths: [join(FIXTURES, 'format')], configFile: CONFIG });
    expect(result.files.map((f) => f.file.split('/').pop())).toEqual([
      'aliases.yaml', 'duplicate.yaml', 'empty.yaml', 'errors.yaml', 'group-company.yaml', 'list.yaml', 'names.yaml', 'postal.yaml', 'required.yaml', 'syntax.yaml',
    ]);
    expect(result.files.find((f) => f.file.endsWith('postal.yaml'))?.loaded).toBeDefined();
  });
});
