/** Every address a diagnostic or the SARIF log gives leads to a page of the project's docs that exists. */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docUrl, FAMILY_PAGES } from '../src/docs-url.js';
import { rules } from '../src/rules/index.js';
import { emittedIds, texts } from './emitted-ids.js';
import { cli, FIXTURES, ROOT, tempProject } from './helpers.js';

const DOCS = join(ROOT, 'docs', 'rules');
const CONFIG = join(FIXTURES, 'rules', 'seloste.config.yaml');
const BASE = 'https://docs.example.org/privacy/seloste-rules';

/** Whether `docs/rules/<page>` exists, with a `## <fragment>` heading when the page names one. */
function pageExists(page: string): boolean {
  const [name, fragment] = page.split('#');
  const path = join(DOCS, name!);
  if (!existsSync(path)) return false;
  return fragment === undefined || readFileSync(path, 'utf8').split('\n').includes(`## ${fragment}`);
}

/** The page of the checkout's `docs/rules/` a `file:` address leads to, e.g. `schema.md#enum`. */
function shippedPage(address: string): string {
  const url = new URL(address);
  if (url.protocol !== 'file:') return `not a file: address: ${address}`;
  return `${relative(DOCS, fileURLToPath(url)).split(sep).join('/')}${url.hash}`;
}

/** The page an address under the configured base leads to. */
function configuredPage(address: string): string {
  return address.startsWith(`${BASE}/`) ? address.slice(BASE.length + 1) : `not under the base: ${address}`;
}

/** The urls of `check --format json` over some paths. */
async function urlsOf(paths: string[], cwd = ROOT, config = CONFIG): Promise<Map<string, string>> {
  const r = await cli(['check', ...paths, '-c', config, '--format', 'json'], cwd);
  const list = JSON.parse(r.stdout) as { ruleId: string; url: string }[];
  return new Map(list.map((d) => [`${d.ruleId} ${d.url}`, d.ruleId]));
}

/** A project whose registers break the format in many ways: unreadable, not UTF-8, ids that clash. */
function brokenProject(config: string): { dir: string; cleanup: () => void } {
  const project = tempProject({
    'seloste.config.yaml': config,
    'notices/one.yaml': 'id: same\nname: {fi: Yksi}\n',
    'notices/two.yaml': 'id: same\nname: {fi: Kaksi}\n',
    'notices/index.yaml': 'name: {fi: Etusivu}\n',
    'notices/outside.yaml': 'organisation: ../../elsewhere.org.yaml\nname: {fi: Ulkona}\n',
    'notices/tabs.yaml': 'name:\n\tfi: Sarkain\n',
  });
  writeFileSync(join(project.dir, 'notices', 'latin1.yaml'), Buffer.from('name: {fi: "\xe4"}\n', 'latin1'));
  copyFileSync(join(FIXTURES, 'seeds', '002.yaml'), join(project.dir, 'notices', 'Seed 002.yaml'));
  return project;
}

describe('links to the docs', () => {
  it('every id the code reports has a page (and a section) in docs/rules/', () => {
    const ids = emittedIds();
    for (const family of [...FAMILY_PAGES, 'text']) expect(ids.some((id) => id.startsWith(`${family}/`)), family).toBe(true);
    expect(ids.length).toBeGreaterThan(rules.length + 20);
    const missing = ids.map((id) => `${id} → ${shippedPage(docUrl(id))}`).filter((line) => !pageExists(line.split(' → ')[1]!));
    expect(missing).toEqual([]);
  });

  it('every diagnostic of the fixtures and of a broken project links to a shipped page that exists', async () => {
    const { dir, cleanup } = brokenProject('languages: [fi]\n');
    try {
      const found = new Map([...(await urlsOf(['tests/fixtures'])), ...(await urlsOf(['notices'], dir, 'seloste.config.yaml'))]);
      for (const family of FAMILY_PAGES) expect([...found.values()].some((id) => id.startsWith(`${family}/`)), family).toBe(true);
      const broken = [...found.keys()].filter((key) => !pageExists(shippedPage(key.split(' ')[1]!)));
      expect(broken).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('with docs_base_url, diagnostics and the SARIF log link under it, to pages that exist', async () => {
    const { dir, cleanup } = brokenProject(`languages: [fi]\ndocs_base_url: ${BASE}\n`);
    try {
      const found = await urlsOf(['notices'], dir, 'seloste.config.yaml');
      expect(found.size).toBeGreaterThan(5);
      expect([...found.keys()].filter((key) => !pageExists(configuredPage(key.split(' ')[1]!)))).toEqual([]);
      const sarif = await cli(['check', 'notices', '--format', 'sarif'], dir);
      const driver = (JSON.parse(sarif.stdout) as { runs: { tool: { driver: { informationUri: string; rules: { helpUri: string }[] } } }[] }).runs[0]!.tool.driver;
      expect(driver.informationUri).toBe(`${BASE}/README.md`);
      expect(driver.rules.map((r) => r.helpUri).filter((address) => !pageExists(configuredPage(address)))).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('the package ships the pages the links lead to', () => {
    const { files } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(files.filter((f) => ['docs', 'docs/', 'docs/rules', 'docs/rules/'].includes(f))).toHaveLength(1);
  });

  it('a build keeps no address of this machine in the site, the build cache included', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n' });
    try {
      copyFileSync(join(FIXTURES, 'seeds', '002.yaml'), join(dir, 'sofor.yaml'));
      await cli(['build', 'sofor.yaml', '--force', '--format', 'html,md,json', '--out', 'site'], dir);
      // The site, and the build's cache beside it.
      const site = texts(relative(ROOT, join(dir, 'site')));
      site.set('.site.seloste-cache.json', readFileSync(join(dir, '.site.seloste-cache.json'), 'utf8'));
      for (const written of ['/fi/sofor.html', '/fi/sofor.md', '.site.seloste-cache.json']) expect([...site.keys()].some((f) => f.endsWith(written)), written).toBe(true);
      expect([...site].filter(([, text]) => text.includes('file:') || text.includes(ROOT) || text.includes(dir)).map(([file]) => file)).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('no source file, template or doc links to a site the project does not own', () => {
    const files = new Map([...texts('src'), ...texts('templates'), ...texts('docs')]);
    // The schemas' `$id`s name them for the validator and are never fetched or shown as links.
    files.delete('src/validate/schemas.ts');
    expect([...files].filter(([, text]) => text.includes('seloste.fi')).map(([file]) => file)).toEqual([]);
  });
});
