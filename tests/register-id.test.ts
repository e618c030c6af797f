import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempProject } from './helpers.js';

const REGISTER = `name: {fi: Rekisteri}
updated: 2026-01-15
controller: {name: Esimerkki Oy, email: tietosuoja@esimerkki.example, address: {street: Kauppakatu 3, postal_code: "00100", city: Helsinki}}
purposes:
  - description: {fi: Asiakassuhteen hoitaminen}
    legal_basis: contract
sources:
  - type: data_subject
provision: {fi: Tiedot ovat edellytys sopimukselle.}
recipients: none
transfers: none
automated_decisions: none
retention:
  - period: P3Y
    trigger: {fi: asiakassuhteen päättymisestä}
`;

interface Finding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
  message: string;
}

/** `check --format json` on registers in a temporary project: the findings about ids. */
async function idFindings(files: Record<string, string>, config = 'languages: [fi]\n'): Promise<{ code: number; ids: string[] }> {
  const project: Record<string, string> = { 'seloste.config.yaml': config };
  for (const [name, text] of Object.entries(files)) project[`notices/${name}`] = text;
  const { dir, cleanup } = tempProject(project);
  try {
    const r = await cli(['check', 'notices', '--format', 'json'], dir);
    const list = JSON.parse(r.stdout) as Finding[];
    return { code: r.code, ids: list.filter((d) => d.ruleId.startsWith('register/')).map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`) };
  } finally {
    cleanup();
  }
}

const SITE = '(`index`, `feed`, `sitemap`, `history`, `json`, `fi`, `en`, `sv`)';

describe('register ids cannot clash with the pages Seloste writes', () => {
  it('`id: index` is an error at the id, and a build, even with --force, keeps the index page', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/a.yaml': REGISTER, 'notices/r.yaml': `id: index\n${REGISTER}` });
    try {
      const r = await cli(['check', '--format', 'json'], dir);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toEqual([
        expect.objectContaining({
          file: 'notices/r.yaml',
          line: 1,
          column: 5,
          endColumn: 10,
          ruleId: 'register/reserved-id',
          severity: 'error',
          message: `Register id \`index\` is a name the site uses for its own pages and folders ${SITE}; choose another \`id\``,
        }),
      ]);
      const built = await cli(['build', '--format', 'html,md,json', '--force', '--base-url', 'https://example.fi/'], dir);
      expect(built.code).toBe(1);
      expect(built.stderr).toContain('seloste: not built: notices/r.yaml cannot be read as a register; fix the errors above\n');
      const site = join(dir, 'dist');
      expect(readdirSync(join(site, 'fi')).sort()).toEqual(['a.html', 'a.md', 'feed.xml', 'index.html']);
      expect(readdirSync(join(site, 'json'))).toEqual(['a.json']);
      expect(readFileSync(join(site, 'fi', 'index.html'), 'utf8')).toContain('href="a.html"');
      const sitemap = readFileSync(join(site, 'sitemap.xml'), 'utf8');
      expect(sitemap.match(/<loc>https:\/\/example\.fi\/fi\/index\.html<\/loc>/g)).toHaveLength(1);
      expect(sitemap).toContain('<loc>https://example.fi/fi/a.html</loc>');
    } finally {
      cleanup();
    }
  });

  it('a file `index.yaml` without an id is an error at the file', async () => {
    expect(await idFindings({ 'index.yaml': REGISTER })).toEqual({
      code: 1,
      ids: [`notices/index.yaml:1:1 register/reserved-id Register id \`index\` (from the file name) is a name the site uses for its own pages and folders ${SITE}; add an \`id:\` key with another id`],
    });
  });

  it('every name of a page or folder of the site, and every name Windows reserves, in any case', async () => {
    const names = ['index', 'feed', 'sitemap', 'history', 'json', 'fi', 'en', 'sv', 'con', 'prn', 'aux', 'nul', 'com1', 'com9', 'lpt1', 'lpt9'];
    const files = Object.fromEntries(names.map((n, i) => [`r${i}.yaml`, `id: ${n}\n${REGISTER}`]));
    const r = await idFindings({ ...files, 'Aux.yaml': REGISTER, 'lpt3.yaml': REGISTER, 'com0.yaml': REGISTER, 'indexes.yaml': REGISTER });
    expect(r.code).toBe(1);
    expect(r.ids.map((l) => /^notices\/([^:]+):\d+:\d+ (\S+) Register id `([^`]*)`/.exec(l)!.slice(1).join(' ')).sort()).toEqual(
      [
        'Aux.yaml register/file-name-id Aux',
        'lpt3.yaml register/reserved-id lpt3',
        ...names.map((n, i) => `r${i}.yaml register/reserved-id ${n}`),
      ].sort(),
    );
    expect(r.ids).toContain('notices/r8.yaml:1:5 register/reserved-id Register id `con` is a name Windows reserves for a device, so files named after it cannot be opened there; choose another `id`');
  });

  it('says so in Finnish when the project asks for it', async () => {
    const r = await idFindings({ 'a.yaml': `id: json\n${REGISTER}`, 'b#c.yaml': REGISTER, 'c.yaml': `id: a-b\n${REGISTER}`, 'd.yaml': `id: a-b\n${REGISTER}` }, 'languages: [fi]\nmessage_language: fi\n');
    expect(r.ids).toEqual([
      'notices/a.yaml:1:5 register/reserved-id Rekisterin tunniste `json` on sivuston omien sivujen ja kansioiden nimi (`index`, `feed`, `sitemap`, `history`, `json`, `fi`, `en`, `sv`); valitse toinen `id`',
      'notices/b#c.yaml:1:1 register/file-name-id Rekisterin tunniste `b#c` (tiedoston nimestä) saa sisältää vain pieniä kirjaimia a–z, numeroita ja yhdysviivoja, ja sen on alettava kirjaimella tai numerolla; lisää avain `id:`, esim. `id: b-c`',
      'notices/d.yaml:1:5 register/duplicate-id Rekisterin tunniste `a-b` on jo tiedoston `notices/c.yaml` käytössä; anna jokaiselle rekisterille oma `id`',
    ]);
  });
});

describe('ids taken from file names follow the id pattern', () => {
  it('a file name that is no valid id is an error at the file saying to add an `id:` key', async () => {
    const names = ['a#b', 'q?x', 'pct%41', 'CON', 'Index', '<img src=x onerror=alert(1)>', 'a b', 'esc\u001b[2J', 'Äiti_ja_lapsi', '-x', 'a.b'];
    const r = await idFindings(Object.fromEntries(names.map((n) => [`${n}.yaml`, REGISTER])));
    expect(r.code).toBe(1);
    const rule = 'may have only lowercase letters a–z, digits and hyphens, starting with a letter or digit; add an `id:` key';
    expect(r.ids.sort()).toEqual(
      [
        `notices/a#b.yaml:1:1 register/file-name-id Register id \`a#b\` (from the file name) ${rule}, e.g. \`id: a-b\``,
        `notices/q?x.yaml:1:1 register/file-name-id Register id \`q?x\` (from the file name) ${rule}, e.g. \`id: q-x\``,
        `notices/pct%41.yaml:1:1 register/file-name-id Register id \`pct%41\` (from the file name) ${rule}, e.g. \`id: pct-41\``,
        `notices/CON.yaml:1:1 register/file-name-id Register id \`CON\` (from the file name) ${rule}`,
        `notices/Index.yaml:1:1 register/file-name-id Register id \`Index\` (from the file name) ${rule}`,
        `notices/<img src=x onerror=alert(1)>.yaml:1:1 register/file-name-id Register id \`<img src=x onerror=alert(1)>\` (from the file name) ${rule}, e.g. \`id: img-src-x-onerror-alert-1\``,
        `notices/a b.yaml:1:1 register/file-name-id Register id \`a b\` (from the file name) ${rule}, e.g. \`id: a-b\``,
        `notices/esc\u001b[2J.yaml:1:1 register/file-name-id Register id \`esc\u001b[2J\` (from the file name) ${rule}, e.g. \`id: esc-2j\``,
        `notices/Äiti_ja_lapsi.yaml:1:1 register/file-name-id Register id \`Äiti_ja_lapsi\` (from the file name) ${rule}, e.g. \`id: aiti-ja-lapsi\``,
        `notices/-x.yaml:1:1 register/file-name-id Register id \`-x\` (from the file name) ${rule}, e.g. \`id: x\``,
        `notices/a.b.yaml:1:1 register/file-name-id Register id \`a.b\` (from the file name) ${rule}, e.g. \`id: a-b\``,
      ].sort(),
    );
  });

  it('an `id:` key makes any file name fine', async () => {
    expect(await idFindings({ 'Asiakkaat (vanha).yaml': `id: asiakkaat\n${REGISTER}`, 'index.yaml': `id: etusivu\n${REGISTER}` })).toEqual({ code: 0, ids: [] });
  });

  it('a register whose id is not valid is not built, even with --force', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/a#b.yaml': REGISTER, 'notices/ok.yaml': REGISTER });
    try {
      const r = await cli(['build', '--format', 'html', '--force'], dir);
      expect(r.code).toBe(1);
      expect(readdirSync(join(dir, 'dist', 'fi')).sort()).toEqual(['feed.xml', 'index.html', 'ok.html']);
    } finally {
      cleanup();
    }
  });
});
