/**
 * A Markdown file is read as Markdown, whatever HTML it holds: a site's page with its headings written as HTML
 * ("<h2 id="controller">1. Rekisterinpitäjä</h2>") between Markdown paragraphs keeps its hard line breaks and its
 * "**Päivitetty viimeksi:**" label. Text with the same HTML and no file name to go by is still read as HTML.
 */
import { describe, expect, it } from 'vitest';
import { sniff } from '../src/import/document/sniff.js';
import { importBytes } from '../src/import/import.js';

const PAGES = {
  fi: '---\ntitle: Tietosuojaseloste\n---\nTämä sivu kuvaa, miten sivusto käsittelee tietoja.\n\n<h2 id="controller">1. Rekisterinpitäjä</h2>\n\nMaija Esimerkki  \nYhteystiedot: <a href="mailto:maija@example.fi">maija@example.fi</a>\n\n**Päivitetty viimeksi:** 6.3.2026\n\n<h2 id="form">2. Yhteydenottolomake</h2>\n\nLomakkeen tietoja käytetään vain yhteydenoton käsittelyyn.\n',
  sv: '---\ntitle: Integritetspolicy\n---\nDenna sida beskriver hur webbplatsen behandlar uppgifter.\n\n<h2 id="controller">1. Personuppgiftsansvarig</h2>\n\nMaja Exempel  \nKontakt: <a href="mailto:maja@example.se">maja@example.se</a>\n\n**Senast uppdaterad:** 2026-03-06\n\n<h2 id="form">2. Kontaktformulär</h2>\n\nUppgifterna används bara för att svara dig.\n',
  en: '---\ntitle: Privacy notice\n---\nThis page describes how the site handles data.\n\n<h2 id="controller">1. Controller</h2>\n\nJane Example  \nContact: <a href="mailto:jane@example.com">jane@example.com</a>\n\n**Last updated:** 6 March 2026\n\n<h2 id="form">2. Contact form</h2>\n\nThe data are used only to answer you.\n',
};

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a Markdown file that holds HTML', () => {
  it.each(Object.entries(PAGES))('is read as Markdown (%s)', async (_lang, text) => {
    expect(sniff(bytes(text), 'tietosuoja.md')).toEqual({ format: 'markdown' });
    const drafts = await importBytes(bytes(text), 'tietosuoja.md');
    if ('problem' in drafts) throw new Error(drafts.problem);
    const { register } = drafts[0]!;
    expect(register['controller']).toMatchObject({ email: expect.stringMatching(/^(?:maija|maja|jane)@example\./u) });
    expect(register['updated']).toBe('2026-03-06');
  });

  it('is read as HTML with no name to go by', () => {
    expect(sniff(bytes(PAGES.en), 'notice.txt')).toEqual({ format: 'html' });
  });
});

describe('a Markdown file that opens on an HTML comment', () => {
  it('is read as Markdown', () => {
    expect(sniff(bytes(`<!-- generated -->\n${PAGES.en.replace(/^---[\s\S]*?---\n/u, '')}`), 'notice.md')).toEqual({ format: 'markdown' });
  });
});
