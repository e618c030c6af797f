/**
 * A saved web page gives its own address in its head (its canonical link, or its Open Graph address): the
 * site is the controller's where the controller's e-mail is at the same domain and the text names no site,
 * or where the e-mail is at a mail service anyone may use and the page stands on a domain of its own.
 */
import { describe, expect, it } from 'vitest';
import { importBytes, importNotice } from '../src/import/import.js';

const page = (head: string, body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><main>${body}</main></body></html>`;

const BODIES: ['fi' | 'sv' | 'en', string][] = [
  ['fi', '<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi</p><h2>Tietojen käyttö</h2><p>Tietoja käytetään tilausten toimittamiseen.</p>'],
  ['sv', '<h1>Integritetspolicy</h1><h2>Personuppgiftsansvarig</h2><p>Exempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.fi</p><h2>Ändamål</h2><p>Uppgifterna används för att leverera beställningar.</p>'],
  ['en', '<h1>Privacy notice</h1><h2>Controller</h2><p>Example Ltd, Street 1, 00100 Helsinki, info@esimerkki.fi</p><h2>Purposes</h2><p>The data are used to deliver orders.</p>'],
];

const website = (register: object): unknown => (register as { controller?: { website?: string } }).controller?.website;

describe('a saved page’s own address', () => {
  it.each(BODIES)('is the controller’s site when at its e-mail’s domain (%s)', (lang, body) => {
    const canonical = importNotice(page('<link rel="canonical" href="https://www.esimerkki.fi/tietosuoja.html">', body), { lang });
    expect(website(canonical.register)).toBe('https://esimerkki.fi');
    const og = importNotice(page('<meta property="og:url" content="https://esimerkki.fi/tietosuoja">', body), { lang });
    expect(website(og.register)).toBe('https://esimerkki.fi');
  });

  it('is not when it is at another domain, or the page gives none', () => {
    const [, body] = BODIES[0]!;
    expect(website(importNotice(page('<link rel="canonical" href="https://sivustot.alusta.example/esimerkki/tietosuoja">', body)).register)).toBeUndefined();
    expect(website(importNotice(page('', body)).register)).toBeUndefined();
    // A help centre on a subdomain is where the notice is kept, not the controller's site.
    expect(website(importNotice(page('<link rel="canonical" href="https://tuki.esimerkki.fi/hc/fi/articles/1-tietosuoja">', body)).register)).toBeUndefined();
  });

  it.each(BODIES)('is the controller’s site when its e-mail is at a mail service anyone may use and the page has a domain of its own (%s)', (lang, body) => {
    const gmail = body.replace('info@esimerkki.fi', 'esimerkki@gmail.com');
    expect(website(importNotice(page('<link rel="canonical" href="https://www.esimerkki.fi/tietosuoja.html">', gmail), { lang }).register)).toBe('https://esimerkki.fi');
    // A page on a host many share, or on a subdomain, names no site of the controller.
    expect(website(importNotice(page('<link rel="canonical" href="https://esimerkki.github.io/tietosuoja.html">', gmail), { lang }).register)).toBeUndefined();
    expect(website(importNotice(page('<link rel="canonical" href="https://esimerkki.netlify.app/tietosuoja">', gmail), { lang }).register)).toBeUndefined();
    expect(website(importNotice(page('<link rel="canonical" href="https://tuki.esimerkki.fi/tietosuoja">', gmail), { lang }).register)).toBeUndefined();
  });

  it('is read from a file’s bytes too', async () => {
    const result = await importBytes(new Uint8Array(Buffer.from(page('<link rel="canonical" href="https://esimerkki.fi/tietosuoja">', BODIES[0]![1]))), 'tietosuoja.html');
    expect('problem' in result).toBe(false);
    if (!('problem' in result)) expect(website(result[0]!.register)).toBe('https://esimerkki.fi');
  });
});
