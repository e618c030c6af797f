/**
 * What a reader sees of the example site on screen, measured in a real Chromium at a desktop width
 * and a phone width: tables wrap only between words and become labelled rows on a phone, no page
 * scrolls sideways, and the data-flow picture shows every label whole at a readable size.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phrases } from '../src/compose/phrases/index.js';
import { launchBrowser, type LaunchedBrowser } from '../src/pdf/browser.js';
import { buildSite } from '../src/publish/build.js';
import { flowColumns } from '../src/publish/flow-model.js';
import type { Register } from '../src/types.js';
import { ROOT } from './helpers.js';

const WIDTHS = [1280, 390] as const;
const PHONE = 390;
/** The smallest text a reader can be asked to read on a phone, in CSS px as rendered. */
const SMALLEST_READABLE = 11;

/**
 * Every part of a word in a table that is laid out over more than one line. A word may wrap only
 * after a hyphen it holds (as in e-mail) and where the page marks a break (`<wbr>`, which ends a
 * text node); a split anywhere else (Finla-nd, 29.5.201-9) is listed.
 */
const splitWords = (): string[] => {
  const out: string[] = [];
  for (const table of document.querySelectorAll('main table')) {
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const word of node.data.matchAll(/\S+/g)) {
        let start = word.index;
        for (const part of word[0].split(/(?<=-)(?=[^-])/)) {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + part.length);
          const lines = range.getClientRects().length;
          if (lines > 1) out.push(`"${part}" of "${word[0]}" on ${lines} lines`);
          start += part.length;
        }
      }
    }
  }
  return out;
};

/** Shown data cells whose label (before the cell) is not the heading of their column. */
const unlabelledCells = (): string[] => {
  const out: string[] = [];
  for (const table of document.querySelectorAll('main table')) {
    const headings = [...table.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').replace(/\s+/g, ' ').trim());
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.querySelectorAll('td')].forEach((td, i) => {
        if (!td.checkVisibility()) return;
        const label = getComputedStyle(td, '::before').content;
        if (label !== JSON.stringify(headings[i])) out.push(`${headings[i]}: ${label} before "${(td.textContent ?? '').trim()}"`);
      });
    }
  }
  return out;
};

interface FigureView {
  /** Every piece of text shown in the figure (not its caption). */
  shown: string[];
  /** The smallest of their sizes as rendered, in CSS px. */
  smallest: number;
  /** Lines of the picture that reach out of their box, or out of the picture. */
  outside: string[];
}

const figureView = (): FigureView | null => {
  const figure = document.querySelector('figure.flow');
  if (!figure) return null;
  const view: FigureView = { shown: [], smallest: Infinity, outside: [] };
  const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !node.textContent?.trim() || el.closest('title, desc, figcaption') || !el.checkVisibility()) continue;
    const scale = el instanceof SVGGraphicsElement ? el.getScreenCTM()!.a : 1;
    view.smallest = Math.min(view.smallest, parseFloat(getComputedStyle(el).fontSize) * scale);
    view.shown.push(node.textContent);
  }
  // Every line inside its box, or for a heading inside the picture.
  for (const line of figure.querySelectorAll<SVGTextElement>('svg text')) {
    const frame = line.closest('g')?.querySelector('rect')?.getBBox() ?? line.closest('svg')!.viewBox.baseVal;
    const b = line.getBBox();
    if (line.checkVisibility() && (b.x < frame.x || b.x + b.width > frame.x + frame.width)) view.outside.push(line.textContent ?? '');
  }
  return view;
};

interface View {
  width: number;
  scrollWidth: number;
  split: string[];
  unlabelled: string[];
  figure: FigureView | null;
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.html'))
    .map((p) => p.split('\\').join('/'))
    .sort();
}

describe('the example site on a desktop and on a phone', () => {
  let tmp: string;
  let site: string;
  let launched: LaunchedBrowser;
  let page: Page;
  const registers = new Map<string, Register>();
  const views = new Map<string, View[]>();

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'seloste-screen-'));
    site = join(tmp, 'site');
    const built = await buildSite({ cwd: ROOT, paths: ['notices'], out: site, formats: ['html'], history: false, incremental: false });
    for (const f of built.check.files) if (f.loaded) registers.set(f.loaded.register.id, f.loaded.register);
    launched = await launchBrowser();
    page = await launched.browser.newPage();
    await page.setJavaScriptEnabled(false);
    for (const path of htmlPages(site)) views.set(path, await look(path));
  });

  afterAll(async () => {
    await launched?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function look(path: string): Promise<View[]> {
    const seen: View[] = [];
    await page.goto(pathToFileURL(join(site, path)).href, { waitUntil: 'load' });
    for (const width of WIDTHS) {
      await page.setViewport({ width, height: 800 });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      seen.push({ width, scrollWidth, split: await page.evaluate(splitWords), unlabelled: await page.evaluate(unlabelledCells), figure: await page.evaluate(figureView) });
    }
    return seen;
  }

  const each = (fn: (path: string, view: View) => string[]): string[] =>
    [...views].flatMap(([path, seen]) => seen.flatMap((view) => fn(path, view).map((problem) => `${path} at ${view.width}px: ${problem}`)));

  it('looks at every notice in every language, and their indexes', () => {
    expect(views.size).toBeGreaterThanOrEqual(registers.size * 3 + 4);
    expect([...views.keys()].filter((p) => /^(fi|en|sv)\/(?!index)/.test(p))).toHaveLength(registers.size * 3);
  });

  it('wraps tables only between words', () => {
    expect(each((_, view) => view.split)).toEqual([]);
  });

  it('lays a table out on a phone as rows whose every cell is labelled with its column, and never scrolls sideways', () => {
    expect(each((_, view) => (view.width === PHONE ? view.unlabelled : []))).toEqual([]);
    expect(each((_, view) => (view.scrollWidth > view.width ? [`${view.scrollWidth}px wide`] : []))).toEqual([]);
  });

  it('shows every label of the data-flow picture whole, inside its box, at a readable size', () => {
    const squash = (s: string): string => s.replace(/\s+/g, '');
    const problems = each((path, view) => {
      const [lang, file] = path.split('/') as [string, string | undefined];
      const register = registers.get(file?.replace(/\.html$/, '') ?? '');
      const columns = register && phrases[lang] ? flowColumns(register, phrases[lang]) : undefined;
      if (!columns) return view.figure ? ['a picture of nothing'] : [];
      if (!view.figure) return ['no picture'];
      const shown = squash(view.figure.shown.join(''));
      const texts = columns.flatMap((c) => [c.heading, ...c.labels.map((l) => l.text)]);
      return [
        ...texts.filter((text) => !shown.includes(squash(text))).map((text) => `"${text}" is not shown whole`),
        ...view.figure.shown.filter((s) => s.includes('…')).map((s) => `"${s}" is cut`),
        ...view.figure.outside.map((s) => `"${s}" reaches out of its box or the picture`),
        ...(view.width === PHONE && view.figure.smallest < SMALLEST_READABLE ? [`text of ${view.figure.smallest.toFixed(1)}px`] : []),
      ];
    });
    expect(problems).toEqual([]);
  });
});
