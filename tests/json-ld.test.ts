/**
 * The JSON-LD of every example notice against its page and against DPV 2: each fact a node of its
 * own whose `@id` is an element of the page, transfers pointing at their recipients, and only
 * terms DPV 2.x defines. And how a transfer's text is read into its recipients.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicRegister } from '../src/resolve/public-register.js';
import { phrases } from '../src/compose/phrases/index.js';
import { jsonLd } from '../src/publish/twin.js';
import { transferRecipients } from '../src/publish/transfer-recipients.js';
import type { Register } from '../src/types.js';
import { cli } from './helpers.js';

/**
 * The DPV 2.x terms a notice may use (https://w3id.org/dpv, its GDPR extension): a term outside
 * the list is a typo, or one DPV has sunset, such as `dpv:PersonalDataHandling` (now `dpv:Process`).
 */
const DPV2_TERMS = new Set([
  ...['Process', 'Purpose', 'PersonalData', 'SpecialCategoryPersonalData', 'DataController', 'DataSubject', 'Recipient', 'DataProcessor', 'Authority', 'Transfer'].map((t) => `dpv:${t}`),
  ...['hasPurpose', 'hasLegalBasis', 'hasDataController', 'hasDataSubject', 'hasPersonalData', 'hasRecipient', 'hasCountry', 'hasProcessing'].map((t) => `dpv:${t}`),
  ...['Consent', 'Contract', 'LegalObligation', 'VitalInterest', 'PublicInterest', 'LegitimateInterest'].map((t) => `dpv:${t}`),
  ...['A6-1-a', 'A6-1-b', 'A6-1-c', 'A6-1-d', 'A6-1-e', 'A6-1-f', 'A45-3', 'A46-2-a', 'A46-2-b', 'A46-2-c', 'A46-2-e', 'A46-2-f', 'A46-3-a'].map((t) => `eu-gdpr:${t}`),
  ...['A49-1-a', 'A49-1-b', 'A49-1-d', 'A49-1-e', 'A49-1-f'].map((t) => `eu-gdpr:${t}`),
]);

type Node = Record<string, unknown>;

/** Every object in the document, depth first. */
function objects(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (value && typeof value === 'object') return [value as Node, ...Object.values(value).flatMap(objects)];
  return [];
}

/** The vocabulary terms the document uses: keys, types and referenced ids with a prefix. */
function terms(doc: Node): string[] {
  const out = new Set<string>();
  for (const node of objects(doc)) {
    for (const key of Object.keys(node)) if (/^(dpv|eu-gdpr):/.test(key)) out.add(key);
    for (const value of [node['@type'], node['@id']].flat()) if (typeof value === 'string' && /^(dpv|eu-gdpr):/.test(value)) out.add(value);
  }
  return [...out];
}

const isNode = (o: Node): boolean => typeof o['@id'] === 'string' && Object.keys(o).length > 1;
const asList = (v: unknown): Node[] => (v === undefined ? [] : ([v].flat() as Node[]));

describe('the JSON-LD of the example notices', () => {
  let out: string;
  let pages: { path: string; doc: Node; ids: Set<string> }[];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'seloste-jsonld-'));
    const r = await cli(['build', 'notices', '-o', join(out, 'site'), '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    pages = ['fi', 'en', 'sv'].flatMap((lang) =>
      readdirSync(join(out, 'site', lang))
        .filter((f) => f.endsWith('.html') && f !== 'index.html')
        .map((f) => {
          const html = readFileSync(join(out, 'site', lang, f), 'utf8');
          const doc = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as Node;
          return { path: `${lang}/${f}`, doc, ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)) };
        }),
    );
    expect(pages).toHaveLength(15);
  });

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('names every fact by an element of its page, each by an @id of its own', () => {
    for (const { path, doc, ids } of pages) {
      const own = `${doc['@id'] as string}#`;
      const all = objects(doc).map((o) => o['@id']).filter((id): id is string => typeof id === 'string');
      const onPage = all.filter((id) => id.startsWith(own));
      expect(onPage.length, path).toBeGreaterThan(5);
      for (const id of onPage) expect(ids.has(id.slice(own.length)), `${path}: ${id}`).toBe(true);
      const nodes = objects(doc).filter(isNode).map((o) => o['@id'] as string);
      expect(new Set(nodes).size, `${path}: two nodes with one @id`).toBe(nodes.length);
      // A reference names a node the document describes.
      for (const id of all.filter((i) => i.startsWith(own) || i.startsWith('_:'))) expect(nodes, `${path}: ${id}`).toContain(id);
    }
  });

  it('gives the controller, each recipient, data category and transfer an @id', () => {
    for (const { path, doc } of pages) {
      const facts = [doc['dpv:hasDataController'], doc['dpv:hasRecipient'], doc['dpv:hasPersonalData'], doc['dpv:hasProcessing']].flatMap(asList);
      expect(facts.length, path).toBeGreaterThan(3);
      for (const fact of facts) expect(fact['@id'], `${path}: ${JSON.stringify(fact).slice(0, 80)}`).toMatch(/#|^_:/);
    }
  });

  it('uses only DPV 2 terms: the notice is a dpv:Process', () => {
    for (const { path, doc } of pages) {
      expect(doc['@type'], path).toBe('dpv:Process');
      for (const term of terms(doc)) expect(DPV2_TERMS.has(term), `${path}: ${term}`).toBe(true);
    }
  });

  it('points a transfer at each of its recipients, one node each, by the recipients\' own ids', () => {
    const { doc } = pages.find((p) => p.path === 'en/nordlicht-app-users.html')!;
    const byId = new Map(objects(doc).filter(isNode).map((n) => [n['@id'] as string, n]));
    const [toSwitzerland] = asList(doc['dpv:hasProcessing']);
    const names = asList(toSwitzerland!['dpv:hasRecipient']).map((r) => byId.get(r['@id'] as string)?.['schema:name']);
    expect(names).toEqual(['Alpencloud AG', 'Zahlfluss AG']);
    for (const r of asList(toSwitzerland!['dpv:hasRecipient'])) expect(r['@id']).toMatch(/^nordlicht-app-users\.html#recipient-\d+$/);
  });

  it('types special categories as such', () => {
    const { doc } = pages.find((p) => p.path === 'fi/kuusikoski-varhaiskasvatus.html')!;
    const special = asList(doc['dpv:hasPersonalData']).filter((d) => d['@type'] === 'dpv:SpecialCategoryPersonalData');
    const health = phrases['fi']!.specialCategories.health;
    expect(special.map((s) => (s['dct:description'] as { '@value': string })['@value'].split(':')[0])).toEqual([health, health]);
  });
});

describe('the recipients a transfer names', () => {
  const parties = [
    { key: 'controller', names: ['Kuusikosken kunta', 'Kuusikoski kommun'] },
    { key: 'alpen', names: ['Alpencloud AG'] },
    { key: 'maps', names: ['Nordlicht Maps Inc.'] },
  ];

  it('finds the register parties by name, wherever they stand, once each', () => {
    expect(transferRecipients('Nordlicht Maps Inc. ja alpencloud ag', parties)).toEqual({ parties: ['maps', 'alpen'], others: [] });
    expect(transferRecipients('Kuusikoski kommun, Alpencloud AG; Alpencloud AG', parties)).toEqual({ parties: ['controller', 'alpen'], others: [] });
  });

  it('does not find a name inside a longer one', () => {
    expect(transferRecipients('Alpencloud AGX', parties)).toEqual({ parties: [], others: ['Alpencloud AGX'] });
  });

  it('splits the other names, one each, keeping a company form with its name', () => {
    expect(transferRecipients('LogMeIn, Inc., Mailer Inc. and Alpencloud AG (hosting)', parties)).toEqual({ parties: ['alpen'], others: ['LogMeIn, Inc.', 'Mailer Inc.'] });
    expect(transferRecipients('Google', [])).toEqual({ parties: [], others: ['Google'] });
    expect(transferRecipients('', parties)).toEqual({ parties: [], others: [] });
  });
});

describe('a transfer in JSON-LD', () => {
  const register = {
    id: 'r',
    name: { en: 'Register' },
    controller: { name: 'Lumo Kahvi Oy' },
    recipients: [{ name: 'Mailer Inc.', role: 'processor', country: 'US' }],
    transfers: [{ recipient: 'Mailer Inc., Helpdesk Pvt Ltd', country: 'US', mechanism: 'standard_contractual_clauses' }, { recipient: 'Mailer Inc.', mechanism: 'privacy_shield' }],
  } as Register;

  it('makes a recipient named only by a transfer a node of its own, and says no more than the register', () => {
    const doc = jsonLd(publicRegister(register), 'en', 'r.html');
    const [first, second] = asList(doc['dpv:hasProcessing']);
    expect(first!['dpv:hasRecipient']).toEqual([{ '@id': 'r.html#recipient-1' }, { '@id': '_:transfer-1-recipient-1' }]);
    expect(asList(doc['dpv:hasRecipient']).map((r) => [r['@id'], r['schema:name']])).toEqual([
      ['r.html#recipient-1', 'Mailer Inc.'],
      ['_:transfer-1-recipient-1', 'Helpdesk Pvt Ltd'],
    ]);
    expect(first!['dpv:hasLegalBasis']).toEqual({ '@id': 'eu-gdpr:A46-2-c' });
    // No country named, an invalidated mechanism: neither is made up.
    expect(second).toEqual({ '@id': 'r.html#transfer-2', '@type': 'dpv:Transfer', 'dpv:hasRecipient': [{ '@id': 'r.html#recipient-1' }] });
  });
});
