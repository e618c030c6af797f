/**
 * A source's or recipient's name in each language (`names`): shown in the notice's HTML and
 * Markdown, in the data-flow picture and in the JSON-LD; a party without `names` keeps its name.
 */
import { describe, expect, it } from 'vitest';
import { publicRegister } from '../src/resolve/public-register.js';
import { composeNotice } from '../src/compose/compose.js';
import { nameIn, namesIn } from '../src/compose/party-name.js';
import { phrases } from '../src/compose/phrases/index.js';
import { noticeToMdast } from '../src/compose/to-mdast.js';
import { flowColumns } from '../src/publish/flow-model.js';
import { jsonLd } from '../src/publish/twin.js';
import { renderHtmlBody } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { deriveFacts } from '../src/resolve/facts.js';
import type { Register } from '../src/types.js';

const TAX = { fi: 'Verohallinto', sv: 'Skatteförvaltningen', en: 'Finnish Tax Administration' };
const DVV = { fi: 'Digi- ja väestötietovirasto', sv: 'Myndigheten för digitalisering och befolkningsdata', en: 'Digital and Population Data Services Agency' };
const LANGS = ['fi', 'sv', 'en'] as const;

const register = {
  id: 'clients',
  name: { fi: 'Asiakasrekisteri', sv: 'Klientregister', en: 'Client register' },
  controller: { name: 'Esimerkki Oy', email: 'info@esimerkki.example' },
  purposes: [{ description: { fi: 'Laskutus', sv: 'Fakturering', en: 'Invoicing' }, legal_basis: 'contract' }],
  sources: [{ type: 'authority', name: DVV.fi, names: { sv: DVV.sv, en: DVV.en }, description: { fi: 'Osoitteet', sv: 'Adresser', en: 'Addresses' } }],
  recipients: [
    { name: TAX.fi, names: { sv: TAX.sv, en: TAX.en, de: 'Finnische Steuerverwaltung' }, role: 'authority', country: 'FI' },
    { name: 'Pilvilinna Oy', role: 'processor', country: 'FI' },
  ],
  transfers: [{ country: 'US', recipient: `${TAX.fi} ja Sendwell Inc.`, mechanism: 'standard_contractual_clauses' }],
} as unknown as Register;

function notice(lang: string): { html: Promise<string>; md: string } {
  const t = phrases[lang]!;
  const tree = noticeToMdast(composeNotice(publicRegister(register), deriveFacts(register), t), t);
  return { html: renderHtmlBody(tree), md: renderMarkdown(tree) };
}

const recipientNodes = (lang: string): Record<string, unknown>[] => jsonLd(publicRegister(register), lang, `https://example.fi/${lang}/clients.html`)['dpv:hasRecipient'] as Record<string, unknown>[];

describe('the names of sources and recipients in each language', () => {
  it('takes the name in the language when there is one, else the name', () => {
    expect(LANGS.map((lang) => nameIn({ name: TAX.fi, names: { sv: TAX.sv, en: TAX.en } }, lang))).toEqual([TAX.fi, TAX.sv, TAX.en]);
    expect(nameIn({ name: TAX.fi, names: { sv: '  ' } }, 'sv')).toBe(TAX.fi);
    expect(nameIn({ name: 'Pilvilinna Oy' }, 'sv')).toBe('Pilvilinna Oy');
    expect(nameIn(undefined, 'sv')).toBe('');
  });

  it('writes each party a text names with its name in the language, and leaves the rest of the text', () => {
    const parties = [{ name: TAX.fi, names: { sv: TAX.sv } }, { name: `${TAX.fi} (tulorekisteri)`, names: { sv: 'Skatteförvaltningen (inkomstregistret)' } }];
    expect(namesIn('verohallinto, Verohallinto (tulorekisteri) ja Verohallintokeskus', parties, 'sv')).toBe('Skatteförvaltningen, Skatteförvaltningen (inkomstregistret) ja Verohallintokeskus');
    expect(namesIn('Verohallinto', parties, 'en')).toBe('Verohallinto');
  });

  it('shows them in the HTML and the Markdown of the notice in each language', async () => {
    for (const [lang, tax, dvv] of LANGS.map((l) => [l, TAX[l], DVV[l]] as const)) {
      const { html, md } = notice(lang);
      for (const text of [await html, md]) {
        expect(text, lang).toContain(`${phrases[lang]!.sourceTypes.authority} – ${dvv}`);
        expect(text.split(tax).length - 1, lang).toBe(2); // the recipients table and the transfer
        expect(text).toContain('Pilvilinna Oy');
        if (lang !== 'fi') expect(text).not.toContain(TAX.fi);
      }
    }
  });

  it('labels the data-flow picture with them', () => {
    for (const lang of LANGS) {
      const [sources, , recipients] = flowColumns(register, phrases[lang]!)!;
      expect(sources!.labels.map((l) => l.text)).toEqual([`${phrases[lang]!.sourceTypes.authority}: ${DVV[lang]}`]);
      expect(recipients!.labels[0]!.text).toMatch(new RegExp(`^${TAX[lang]}, `));
      expect(recipients!.labels[1]!.text).toMatch(/^Pilvilinna Oy, /);
      expect(recipients!.labels[2]!.text).toMatch(new RegExp(`^${TAX[lang]} ja Sendwell Inc\\. → `));
    }
  });

  it('gives the JSON-LD `schema:name` in the language, the name beside it, and the same `@id`s', () => {
    const sv = recipientNodes('sv');
    expect(sv[0]).toMatchObject({ '@id': 'https://example.fi/sv/clients.html#recipient-1', 'schema:name': TAX.sv, 'schema:legalName': TAX.fi });
    expect(sv[1]).toMatchObject({ '@id': 'https://example.fi/sv/clients.html#recipient-2', 'schema:name': 'Pilvilinna Oy' });
    expect(sv[1]).not.toHaveProperty('schema:legalName');
    expect(recipientNodes('fi')[0]).toEqual(expect.objectContaining({ 'schema:name': TAX.fi }));
    expect(recipientNodes('fi')[0]).not.toHaveProperty('schema:legalName');
    // The transfer still points at the recipient it names, and names no other one.
    const transfer = (jsonLd(publicRegister(register), 'sv', 'https://example.fi/sv/clients.html')['dpv:hasProcessing'] as Record<string, unknown>[])[0]!;
    expect(transfer['dpv:hasRecipient']).toEqual([{ '@id': 'https://example.fi/sv/clients.html#recipient-1' }, { '@id': '_:transfer-1-recipient-1' }]);
  });
});
