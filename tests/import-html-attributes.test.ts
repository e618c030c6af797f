/**
 * A page that keeps each element's text in other languages in its attributes (`data-fi="<strong>…</strong>"`,
 * `data-en="…"`, as a language switch does) shows only the element's own text: markup inside a quoted
 * attribute value is no tag, and the attribute is read by no one.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/import/document/html.js';

const PAGE = [
  '<p data-fi="<strong>Esimerkki Oy</strong><br>Y-tunnus: 1234567-8" data-en="<strong>Example Ltd</strong><br>Business ID: 1234567-8"><strong>Esimerkki Oy</strong><br>Y-tunnus: 1234567-8</p>',
  "<ul><li data-sv='<strong>Brevo</strong> — e-post.'><strong>Brevo</strong> — sähköpostit.</li></ul>",
].join('\n');

const texts = (html: string): string[] => readHtml(html).flatMap((b) => (b.kind === 'list' ? (b.items ?? []) : [b.text]));

describe('markup inside an attribute value', () => {
  it('is no tag: the element shows its own text alone, in double and single quotes', () => {
    const all = texts(PAGE).join('\n');
    expect(all).toContain('Esimerkki Oy');
    expect(all).toContain('Brevo — sähköpostit.');
    expect(all).not.toMatch(/data-|Example Ltd|e-post\./u);
  });

  it('a tag whose quote is never closed on its line ends at its first ">", as before', () => {
    expect(texts('<p title="unclosed>Tiedot säilytetään vuoden.</p>').join('\n')).toContain('Tiedot säilytetään vuoden.');
  });

  it('a quote that opens no value after "=" is a character of its tag, as a browser reads it: no text is swallowed', () => {
    const doubled = '<p class="lead"">Esimerkki Oy, Katu 1, Helsinki.</p><h2>Tietojen säilytys</h2><p>Tiedot säilytetään vuoden.</p><p><a href="https://x.example/"">Lisää</a></p>';
    expect(texts(doubled).join('\n')).toMatch(/Esimerkki Oy[\s\S]*Tiedot säilytetään vuoden\./u);
    const apostrophes = "<p>We get data <a title='Children's page' href='/c'>from parents</a>. We also receive data from schools.</p><p>Data are kept for a year. See <a title='Parent's guide' href='/p'>the guide</a>.</p>";
    expect(texts(apostrophes).join('\n')).toMatch(/from schools\.[\s\S]*kept for a year/u);
  });
});
