/** The editor's data written into a YAML text: only what changed changes, however the file is laid out. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { textWithData } from '../src/edit/server/edited-text.js';
import { pointersIn } from '../src/edit/server/pointers.js';
import { ROOT } from './helpers.js';

/** The lines of `after` that are not at the same place in `before`, and the other way round. */
function differing(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

const ODD = `# A register written by hand, not as Seloste would write it.
name:
    fi: Jäsenrekisteri   # the name
    en: "Member register"
updated: 2026-01-15
purposes:
- id: membership
  description: {fi: Jäsenyys, en: Membership}
  legal_basis: contract   # why
- id: events
  description: { fi: Tapahtumat, en: Events }
  legal_basis: legitimate_interests
  legitimate_interest:
      fi: >-
          Tapahtumien järjestäminen
          jäsenille
recipients: none
`;

describe('data written into a YAML text', () => {
  it('changes one line for one changed value, keeping the layout, quotes and comments of the rest', () => {
    const data = parse(ODD);
    data.purposes[1].legal_basis = 'consent';
    const after = textWithData(ODD, data);
    expect(differing(ODD, after)).toEqual({ removed: ['  legal_basis: legitimate_interests'], added: ['  legal_basis: consent'] });
    expect(parse(after)).toEqual(data);
  });

  it('keeps a quoted string quoted and a comment after a changed value', () => {
    const data = parse(ODD);
    data.name.en = 'Members';
    data.name.fi = 'Jäsenet';
    const after = textWithData(ODD, data);
    expect(differing(ODD, after)).toEqual({ removed: ['    fi: Jäsenrekisteri   # the name', '    en: "Member register"'], added: ['    fi: Jäsenet # the name', '    en: "Members"'] });
  });

  it('removes a key that disappeared with its lines, and appends a new key and item at the end', () => {
    const data = parse(ODD);
    delete data.purposes[1].legitimate_interest;
    data.purposes.push({ id: 'newsletter', legal_basis: 'consent' });
    data.transfers = 'none';
    const after = textWithData(ODD, data);
    expect(parse(after)).toEqual(data);
    expect(after.startsWith(ODD.slice(0, ODD.indexOf('  legitimate_interest:')))).toBe(true);
    expect(after).not.toContain('Tapahtumien');
    expect(after.endsWith('- id: newsletter\n  legal_basis: consent\nrecipients: none\ntransfers: none\n')).toBe(true);
  });

  it('quotes a text YAML would read as something else, and writes a value of another kind anew', () => {
    for (const value of ['123', 'true', 'null', '2026-01-15', '- a', 'a: b', '#x', '']) {
      const data = parse(ODD);
      data.name.fi = value;
      data.updated = 20260115;
      data.recipients = ['Palkka Oy'];
      const after = textWithData(ODD, data);
      expect(parse(after), value).toEqual(data);
      // In the file's own way of writing lists: under their key, not indented.
      expect(after).toContain('recipients:\n- Palkka Oy\n');
    }
  });

  it('keeps the header of the file when its first key goes', () => {
    const text = readFileSync(join(ROOT, 'notices/lumo-customers.yaml'), 'utf8');
    const data = parse(text);
    delete data.organisation;
    const after = textWithData(text, data);
    expect(differing(text, after)).toEqual({ removed: ['organisation: ./lumo.org.yaml'], added: [] });
  });

  it('leaves the text as it is when the data are the same', () => {
    expect(textWithData(ODD, parse(ODD))).toBe(ODD);
    const example = readFileSync(join(ROOT, 'notices/kuusikoski-early-education.yaml'), 'utf8');
    expect(textWithData(example, parse(example))).toBe(example);
  });

  it('keeps Windows line ends', () => {
    const crlf = ODD.replace(/\n/g, '\r\n');
    const data = parse(ODD);
    data.updated = '2026-02-01';
    const after = textWithData(crlf, data);
    expect(after).toBe(crlf.replace('updated: 2026-01-15', 'updated: 2026-02-01'));
  });

  it('gives back the data it was given, changing few lines, for every text of every example register', () => {
    const leaves = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      typeof value === 'string' ? [path] : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k])) : [];
    for (const name of ['lumo-customers.yaml', 'sulka-members.yaml', 'lumo.org.yaml']) {
      const text = readFileSync(join(ROOT, 'notices', name), 'utf8');
      const doc = parseDocument(text);
      // Every fifth text: enough of every kind (plain, quoted, block, in lists and maps), in a few seconds.
      for (const path of leaves(parse(text)).filter((_, i) => i % 5 === 0)) {
        const data = parse(text);
        let parent = data;
        for (const segment of path.slice(0, -1)) parent = parent[segment];
        parent[path.at(-1)!] = 'Muutettu: "teksti" # ei kommentti';
        const after = textWithData(text, data);
        expect(parse(after), `${name} ${path.join('.')}`).toEqual(data);
        const { removed, added } = differing(text, after);
        expect(added.length, `${name} ${path.join('.')}`).toBe(1);
        // The lines removed are those the old value was written on.
        const [start, end] = (doc.getIn(path, true) as { range: [number, number] }).range;
        const spanned = text.slice(start, end).replace(/\n$/, '').split('\n').length;
        expect(removed.length, `${name} ${path.join('.')}`).toBe(spanned);
      }
    }
  });

  it('points a finding at the node it is about', () => {
    const at = pointersIn(ODD);
    expect(at(1, 1)).toBe('');
    expect(at(3, 9)).toBe('/name/fi');
    expect(at(9, 16)).toBe('/purposes/0/legal_basis');
    expect(at(10, 3)).toBe('/purposes/1');
    expect(at(15, 11)).toBe('/purposes/1/legitimate_interest/fi');
    expect(pointersIn('a: {b\n')(1, 1)).toBe('');
  });
});
