/**
 * The page of `seloste edit` in a real Chromium against the real editor server: a register made
 * from nothing with the keyboard alone, an edit of a commented example that changes only its line,
 * axe-core on every view in Finnish, Swedish and English, and unsaved edits offered back after a
 * reload. Screenshots of every view in each language go to a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEditor, type RunningEditor } from '../src/edit/server/server.js';
import { launchBrowser, type LaunchedBrowser } from '../src/pdf/browser.js';
import { AXE_SOURCE, WCAG_TAGS } from './axe.js';
import { cli, FIXTURES, ROOT } from './helpers.js';

const TOKEN = 'browser-test-token-0123456789abcdefghij';
const LANGS = ['fi', 'sv', 'en'] as const;
/** Where the screenshots of the views go (outside the checkout). */
const SHOTS = join(tmpdir(), 'seloste-edit-screens');

let browser: LaunchedBrowser;
let pageFolder: string;

beforeAll(async () => {
  pageFolder = mkdtempSync(join(tmpdir(), 'seloste-edit-page-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'bundle-edit-page.mjs'), pageFolder]);
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(pageFolder, { recursive: true, force: true });
});

/** Editors and pages a test opened and did not close (it failed before the end): closed after it. */
const left = new Set<() => Promise<void>>();

afterEach(async () => {
  for (const close of left) await close();
  left.clear();
});

interface Session {
  dir: string;
  editor: RunningEditor;
  page: Page;
  close(): Promise<void>;
}

/** A project folder: a config with these languages and, from notices/, these files. */
function project(languages: string, examples: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'seloste-edit-browser-'));
  mkdirSync(join(dir, 'notices'));
  writeFileSync(join(dir, 'seloste.config.yaml'), `languages: [${languages}]\n`);
  for (const name of examples) cpSync(join(ROOT, 'notices', name), join(dir, 'notices', name));
  return dir;
}

/** The editor on `dir`, and a page on it in the interface language `lang` at `hash`. */
async function open(dir: string, lang: string, hash = '#/', width = 1280): Promise<Session> {
  const editor = await startEditor({ cwd: dir, paths: ['notices'], port: 0, token: TOKEN, env: {}, log: () => undefined, pageFolder });
  const page = await browser.browser.newPage();
  await page.setViewport({ width, height: 900 });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  // A preview replaced by a newer one, or left with its view, is aborted: that is no failure.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
  });
  await page.evaluateOnNewDocument((l) => localStorage.setItem('seloste-edit:language', l), lang);
  await page.goto(`${editor.url}${hash}`);
  await page.waitForSelector('main:not([aria-busy]) h1, main:not([aria-busy]) .file-bar');
  const end = async (): Promise<void> => {
    left.delete(end);
    await page.close();
    await editor.close();
    rmSync(dir, { recursive: true, force: true });
  };
  left.add(end);
  return {
    dir,
    editor,
    page,
    async close() {
      expect(problems).toEqual([]);
      await end();
    },
  };
}

const focused = (page: Page, selector: string): Promise<boolean> => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Press Tab (Shift+Tab: `back`) until the focus is on `selector`. */
async function tabTo(page: Page, selector: string, back = false): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await focused(page, selector)) return;
    if (back) await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    if (back) await page.keyboard.up('Shift');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Choose the option of the focused select whose value is `value`, with the arrow keys. */
async function choose(page: Page, value: string, fromEnd = false): Promise<void> {
  const chosen = (): Promise<string | undefined> =>
    page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.selectedOptions?.[0]?.dataset['value']);
  await page.keyboard.press(fromEnd ? 'End' : 'Home');
  for (let i = 0; i < 300; i++) {
    if ((await chosen()) === value) return;
    await page.keyboard.press(fromEnd ? 'ArrowUp' : 'ArrowDown');
  }
  throw new Error(`no option ${value}`);
}

/**
 * Enter text into the focused field as the keyboard does when it gives a whole word at once (an input
 * method, a paste): one input event, so that a long answer does not cost a key event per letter.
 */
const enter = (page: Page, text: string): Promise<void> => page.keyboard.sendCharacter(text);

/** Tab to the field and type into it. */
async function fill(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await enter(page, text);
}

/** Wait until the finding of `rule` is shown at the field of `pointer` (or, when `gone`, is no longer shown anywhere). */
async function findingAt(page: Page, pointer: string, rule: string, gone = false): Promise<void> {
  await page.waitForFunction(
    (p, r, g) => {
      const here = document.querySelector(`[data-findings-for="${p}"] > .finding[data-rule="${r}"]`);
      const anywhere = document.querySelector(`.form [data-findings-for] > .finding[data-rule="${r}"]`);
      return g ? !anywhere : !!here;
    },
    { timeout: 5000 },
    pointer,
    rule,
    gone,
  );
}

/** A purpose added from the keyboard: its id, its description in Finnish and English, its legal basis. */
async function addPurpose(page: Page, index: number, id: string, fi: string, en: string, basis: string): Promise<void> {
  await tabTo(page, '[data-pointer="/purposes"] > .add-item');
  await page.keyboard.press('Enter');
  expect(await focused(page, `[data-pointer="/purposes/${index}/id"] input`)).toBe(true);
  await enter(page, id);
  await fill(page, `[data-pointer="/purposes/${index}/description"] textarea[data-lang="fi"]`, fi);
  await fill(page, `[data-pointer="/purposes/${index}/description"] textarea[data-lang="en"]`, en);
  await tabTo(page, `[data-pointer="/purposes/${index}/legal_basis"] select`);
  await choose(page, basis);
}

/** Replace the value of a field from the keyboard. */
async function retype(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await enter(page, text);
}

async function save(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('s');
  await page.keyboard.up('Control');
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved', { timeout: 5000 });
}

/** The file as saved; the schema's path (from the temporary folder to the checkout) is written `<schema>`. */
const savedText = (path: string): string => readFileSync(path, 'utf8').replace(/^(# yaml-language-server: \$schema=).*$/m, '$1<schema>');

describe('the editor page', () => {
  it('makes a register from nothing with the keyboard alone, findings at their fields, and saves it clean', async () => {
    const s = await open(project('fi, en'), 'en');
    const { page } = s;
    await tabTo(page, 'nav a[href="#/new"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('form.new-register');
    const answer = (name: string, lang?: string): string => `[data-answer="${name}"] ${lang ? `input[data-lang="${lang}"]` : 'input'}`;
    await fill(page, answer('name', 'fi'), 'Asiakasrekisteri');
    await fill(page, answer('name', 'en'), 'Customer register');
    await fill(page, answer('controller'), 'Testikahvila Oy');
    await fill(page, answer('businessId'), '1234567-1');
    await fill(page, answer('address'), 'Kauppakatu 1');
    await fill(page, answer('postalCode'), '00100');
    await fill(page, answer('city'), 'Helsinki');
    await fill(page, answer('email'), 'tietosuoja@testikahvila.fi');
    await fill(page, answer('purpose', 'fi'), 'Tilausten toimittaminen');
    await fill(page, answer('purpose', 'en'), 'Delivering orders');
    await tabTo(page, '[data-answer="basis"] select');
    await choose(page, 'contract');
    await fill(page, answer('category', 'fi'), 'Nimi ja osoite');
    await fill(page, answer('category', 'en'), 'Name and address');
    await tabTo(page, '[data-answer="provision"] select');
    await choose(page, 'contract_precondition');
    await fill(page, answer('consequence', 'fi'), 'Ilman osoitetta tilausta ei voi toimittaa.');
    await fill(page, answer('consequence', 'en'), 'Without an address the order cannot be delivered.');
    await fill(page, answer('retention'), '3 years');
    await fill(page, answer('retentionTrigger', 'fi'), 'asiakassuhteen päättymisestä');
    await fill(page, answer('retentionTrigger', 'en'), 'the end of the customer relationship');
    await fill(page, answer('rightsEmail'), 'tietosuoja@testikahvila.fi');
    await tabTo(page, 'form.new-register button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.file-bar .summary[data-state="clean"]');
    expect(await page.title()).toBe('Customer register – Seloste editor');

    await retype(page, '[data-pointer="/created"] input', '2026-12-01');
    await retype(page, '[data-pointer="/updated"] input', '2026-12-01');

    await addPurpose(page, 1, 'security', 'Maksupetosten estäminen', 'Preventing payment fraud', 'legitimate_interests');
    await findingAt(page, '/purposes/1/legal_basis', 'legitimate-interest');
    await fill(page, '[data-pointer="/purposes/1/legitimate_interest"] textarea[data-lang="fi"]', 'Etumme estää maksupetokset.');
    await fill(page, '[data-pointer="/purposes/1/legitimate_interest"] textarea[data-lang="en"]', 'Our interest in preventing payment fraud.');
    await findingAt(page, '/purposes/1/legal_basis', 'legitimate-interest', true);

    await addPurpose(page, 2, 'accounting', 'Kirjanpito', 'Bookkeeping', 'legal_obligation');
    await findingAt(page, '/purposes/2/legal_basis', 'legal-basis');
    await fill(page, '[data-pointer="/purposes/2/law"] textarea[data-lang="fi"]', 'Kirjanpitolaki (1336/1997)');
    await fill(page, '[data-pointer="/purposes/2/law"] textarea[data-lang="en"]', 'Accounting Act (1336/1997)');
    await findingAt(page, '/purposes/2/legal_basis', 'legal-basis', true);

    await addPurpose(page, 3, 'newsletter', 'Uutiskirje', 'Newsletter', 'consent');
    await findingAt(page, '/purposes/3', 'consent-withdrawal');
    await findingAt(page, '/purposes/3/description', 'right-to-object');
    await page.$eval('[data-pointer="/purposes/3"]', (item) => item.scrollIntoView());
    await page.screenshot({ path: join(SHOTS, 'findings-en.png') });
    await fill(page, '[data-pointer="/purposes/3/consent/how_to_withdraw"] textarea[data-lang="fi"]', 'Peruuta tilaus uutiskirjeen lopussa olevasta linkistä.');
    await fill(page, '[data-pointer="/purposes/3/consent/how_to_withdraw"] textarea[data-lang="en"]', 'Unsubscribe through the link at the end of the newsletter.');
    await findingAt(page, '/purposes/3', 'consent-withdrawal', true);
    await tabTo(page, '[data-pointer="/purposes/3/direct_marketing"] select');
    await choose(page, 'true');
    await findingAt(page, '/purposes/3/description', 'right-to-object', true);

    await tabTo(page, '[data-pointer="/recipients"] > .field select');
    await choose(page, 'list');
    await tabTo(page, '[data-pointer="/recipients"] .add-item');
    await page.keyboard.press('Enter');
    expect(await focused(page, '[data-pointer="/recipients/0/name"] input')).toBe(true);
    await enter(page, 'Mailer Inc.');
    await tabTo(page, '[data-pointer="/recipients/0/role"] select');
    await choose(page, 'processor');
    await tabTo(page, '[data-pointer="/recipients/0/country"] select');
    await choose(page, 'US', true);
    await findingAt(page, '/recipients/0/country', 'transfer-consistency');

    await tabTo(page, '[data-pointer="/transfers"] > .field select');
    await choose(page, 'list');
    await tabTo(page, '[data-pointer="/transfers"] .add-item');
    await page.keyboard.press('Enter');
    expect(await focused(page, '[data-pointer="/transfers/0/country"] select')).toBe(true);
    await choose(page, 'US', true);
    await fill(page, '[data-pointer="/transfers/0/recipient"] input', 'Mailer Inc.');
    await tabTo(page, '[data-pointer="/transfers/0/mechanism"] select');
    await choose(page, 'standard_contractual_clauses');
    await findingAt(page, '/recipients/0/country', 'transfer-consistency', true);
    await findingAt(page, '/transfers/0/mechanism', 'transfer-mechanism');
    await fill(page, '[data-pointer="/transfers/0/safeguard_url"] input', 'https://mailer-inc.com/legal/scc');
    await findingAt(page, '/transfers/0/mechanism', 'transfer-mechanism', true);
    await page.waitForSelector('.file-bar .summary[data-state="clean"]');

    await save(page);
    const file = join(s.dir, 'notices', 'asiakasrekisteri.yaml');
    expect((await cli(['check', file], s.dir)).code).toBe(0);
    expect(savedText(file)).toBe(readFileSync(join(FIXTURES, 'edit', 'keyboard-register.yaml'), 'utf8'));
    await s.close();
  });

  it('shows why the server refuses an answer of a new register at its question', async () => {
    const s = await open(project('fi'), 'fi', '#/new');
    const { page } = s;
    await page.type('[data-answer="name"] input', 'Jäsenrekisteri');
    await page.type('[data-answer="controller"] input', 'Yhdistys ry');
    await page.type('[data-answer="businessId"] input', '1234567-2');
    await page.type('[data-answer="email"] input', 'hallitus@yhdistys.fi');
    await page.type('[data-answer="purpose"] input', 'Jäsenyyden hoitaminen');
    await page.click('form.new-register button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('[data-answer="businessId"] .answer-error')?.textContent);
    expect(await page.$eval('[data-answer="businessId"] .answer-error', (p) => p.textContent)).toMatch(/Y-tunnuksen 1234567-2 tarkistusmerkki on väärä/);
    expect(await focused(page, '[data-answer="businessId"] input')).toBe(true);
    await s.close();
  });

  it('changes only the line of the text edited in a commented example', async () => {
    const s = await open(project('fi, en, sv', ['lumo-customers.yaml', 'lumo.org.yaml']), 'fi', `#/file/${encodeURIComponent('notices/lumo-customers.yaml')}`);
    const { page } = s;
    const file = join(s.dir, 'notices', 'lumo-customers.yaml');
    const before = readFileSync(file, 'utf8').split('\n');
    await tabTo(page, '[data-pointer="/name"] textarea[data-lang="en"]');
    await page.keyboard.press('End');
    await page.keyboard.type(' and newsletter');
    await page.keyboard.down('Control');
    await page.keyboard.press('s');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Tallennettu');
    await page.waitForFunction((path) => !Object.keys(localStorage).some((k) => k.endsWith(path)), {}, 'notices/lumo-customers.yaml');
    const after = readFileSync(file, 'utf8').split('\n');
    expect(after.length).toBe(before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]));
    expect(changed).toEqual([['  en: Web shop customer register', '  en: Web shop customer register and newsletter']]);
    await s.close();
  });

  it('offers unsaved edits back after a reload', async () => {
    const s = await open(project('fi, en, sv', ['lumo-customers.yaml', 'lumo.org.yaml']), 'sv', `#/file/${encodeURIComponent('notices/lumo-customers.yaml')}`);
    const { page } = s;
    await tabTo(page, '[data-pointer="/name"] textarea[data-lang="sv"]');
    await page.keyboard.press('End');
    await page.keyboard.type(' (utkast)');
    await page.reload();
    await page.waitForSelector('.draft-offer');
    expect(await page.$eval('[data-pointer="/name"] textarea[data-lang="sv"]', (a) => (a as HTMLTextAreaElement).value)).toBe('Webbutikens kundregister');
    await tabTo(page, '.draft-offer button.primary');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('[data-pointer="/name"] textarea[data-lang="sv"]') as HTMLTextAreaElement | null)?.value === 'Webbutikens kundregister (utkast)');
    // The restored edits are checked first ('Kontrollerar…'), then stand unsaved.
    await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Osparade ändringar');
    // Another language of the page keeps the edits in hand.
    await tabTo(page, '#interface-language', true);
    await choose(page, 'fi');
    await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Tallentamattomia muutoksia');
    expect(await page.$eval('[data-pointer="/name"] textarea[data-lang="sv"]', (a) => (a as HTMLTextAreaElement).value)).toBe('Webbutikens kundregister (utkast)');
    await s.close();
  });

  it('shows the effect of an edit of an organisation file on each register that uses it', async () => {
    const s = await open(project('fi, en, sv', ['lumo-customers.yaml', 'lumo-recruitment.yaml', 'lumo.org.yaml']), 'en', `#/file/${encodeURIComponent('notices/lumo.org.yaml')}`);
    const { page } = s;
    await page.waitForSelector('.affected li[data-state="clean"]');
    expect(await page.$$eval('.affected li', (items) => items.length)).toBe(2);
    // A business ID with a wrong check digit: an error of the rule `business-id` in every register.
    await retype(page, '[data-pointer="/controller/business_id"] input', '3187452-9');
    await page.waitForFunction(() => [...document.querySelectorAll('.affected li')].every((li) => li.getAttribute('data-state') === 'errors'));
    expect(await page.$eval('.affected li', (li) => li.textContent)).toMatch(/now: No problems; with this edit: [1-9]\d* errors?, 0 warnings/);
    await s.close();
  });

  it('shows a part the form cannot draw as JSON, and saves what is written there', async () => {
    const dir = project('fi, en, sv', ['lumo-customers.yaml', 'lumo.org.yaml']);
    const file = join(dir, 'notices', 'lumo-customers.yaml');
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf('\nrecipients:');
    const end = text.indexOf('\ntransfers:');
    writeFileSync(file, `${text.slice(0, start)}\nrecipients: nobody\n${text.slice(end)}`);
    const s = await open(dir, 'en', `#/file/${encodeURIComponent('notices/lumo-customers.yaml')}`);
    const { page } = s;
    const raw = '[data-pointer="/recipients"] textarea.raw';
    expect(await page.$eval(raw, (a) => (a as HTMLTextAreaElement).value)).toBe('"nobody"');
    await retype(page, raw, '"none"');
    await save(page);
    expect(readFileSync(file, 'utf8')).toMatch(/\nrecipients: none\n/);
    // A part added by mistake is taken away again before anything is written in it.
    await page.focus('.add-part[data-key="group"]');
    await page.keyboard.press('Enter');
    expect(await focused(page, '[data-pointer="/group/name"] textarea')).toBe(true);
    await tabTo(page, '[data-key="group"] > .remove-part');
    await page.keyboard.press('Enter');
    expect(await focused(page, '.add-part[data-key="group"]')).toBe(true);
    expect(await page.$('[data-pointer="/group"]')).toBeNull();
    await s.close();
  });

  it('imports a notice dropped on the page and lists its draft', async () => {
    const s = await open(project('fi, en'), 'en', '#/import');
    const { page } = s;
    const notice = readFileSync(join(FIXTURES, 'import', 'english-notice.md'), 'utf8');
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'english-notice.md', { type: 'text/markdown' }));
      document.querySelector('.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, notice);
    await page.waitForSelector('.import-result a');
    expect(await page.$eval('.import-result a', (a) => a.getAttribute('href'))).toBe(`#/file/${encodeURIComponent('notices/english-notice.yaml')}`);
    expect(readFileSync(join(s.dir, 'notices', 'english-notice.yaml'), 'utf8')).toMatch(/# TODO/);
    await s.close();
  });
});

/** The violations axe-core finds on the page as it is now (the preview's own page is tested with the site). */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (no inline script) does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        iframes: false,
      }),
    WCAG_TAGS,
  );
  return found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('every view of the editor page', () => {
  it.each(LANGS)('has no axe-core violations in %s', async (lang) => {
    const dir = project('fi, en, sv', ['lumo-customers.yaml', 'lumo.org.yaml']);
    writeFileSync(join(dir, 'notices', 'broken.yaml'), 'name:\n  fi: Rikki\nunknown_key: 3\n');
    const s = await open(dir, lang);
    const { page } = s;
    const found: Record<string, string[]> = {};
    const show = async (hash: string, ready: string): Promise<void> => {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.waitForSelector(ready);
      await page.waitForFunction(() => !document.querySelector('main[aria-busy]'));
    };
    const view = async (name: string, hash: string, ready: string): Promise<void> => {
      await show(hash, ready);
      await page.screenshot({ path: join(SHOTS, `${name}-${lang}.png`) });
      found[name] = await violations(page);
    };
    await view('list', '#/', 'table.files');
    await view('register', `#/file/${encodeURIComponent('notices/lumo-customers.yaml')}`, '.kind-register .summary[data-state]');
    await view('organisation', `#/file/${encodeURIComponent('notices/lumo.org.yaml')}`, '.kind-organisation .affected li');
    await view('text', `#/file/${encodeURIComponent('notices/broken.yaml')}`, '.text-view .findings-list li');
    await view('new', '#/new', 'form.new-register');
    await view('import', '#/import', '.drop-zone');
    // A conflict: an edit made on a version of the file that is no longer on disk.
    await show(`#/file/${encodeURIComponent('notices/lumo-customers.yaml')}`, '.kind-register [data-pointer="/name"] textarea');
    await page.focus('[data-pointer="/name"] textarea[data-lang="fi"]');
    await page.keyboard.type(' (muokattu)');
    const path = join(dir, 'notices', 'lumo-customers.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('updated: 2026-10-05', 'updated: 2026-11-05'));
    await page.click('.file-bar button.save');
    await page.waitForSelector('.conflict-view .versions');
    await page.screenshot({ path: join(SHOTS, `conflict-${lang}.png`) });
    found['conflict'] = await violations(page);
    expect(found).toEqual({ list: [], register: [], organisation: [], text: [], new: [], import: [], conflict: [] });
    await s.close();
  });

  it('reflows at 320 CSS px without scrolling sideways, with no axe-core violations', async () => {
    const dir = project('fi, en, sv', ['lumo-customers.yaml', 'lumo.org.yaml']);
    const s = await open(dir, 'fi', '#/', 320);
    const { page } = s;
    const found: Record<string, string[]> = {};
    for (const [name, hash, ready] of [
      ['list', '#/', 'table.files'],
      ['register', `#/file/${encodeURIComponent('notices/lumo-customers.yaml')}`, '.kind-register .summary[data-state]'],
      ['new', '#/new', 'form.new-register'],
    ] as const) {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.waitForSelector(ready);
      await page.screenshot({ path: join(SHOTS, `narrow-${name}-fi.png`) });
      found[name] = [...(await violations(page)), ...(await page.evaluate(() => (document.documentElement.scrollWidth > 320 ? [`${document.documentElement.scrollWidth} px wide`] : [])))];
    }
    expect(found).toEqual({ list: [], register: [], new: [] });
    await s.close();
  });
});
