/**
 * The example project with every internal fact replaced by a marker: a string no published output
 * may hold. Each register and organisation file gets an `internal` block that fills every key the
 * schema allows there, each string a marker of its own (e-mail addresses, phone numbers and web
 * addresses in their own forms, so that the register stays valid and builds).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { ROOT } from './helpers.js';

/** Every marker, in whatever case an output writes it (a marker ends in `q`, so none is the start of another). */
export const MARKER = /xqz\d+x\d+q/i;

export class Markers {
  private count = 0;
  readonly all: string[] = [];
  readonly phones: string[] = [];
  constructor(private readonly file: number) {}

  private next(): string {
    const marker = `xqz${this.file}x${++this.count}q`;
    this.all.push(marker);
    return marker;
  }

  word(): string {
    return this.next().toUpperCase();
  }

  text(): Record<string, string> {
    const m = this.word();
    return { fi: `Sisäinen ${m}`, en: `Internal ${m}`, sv: `Intern ${m}` };
  }

  email(): string {
    return `${this.next()}@marker.example`;
  }

  url(): string {
    return `https://${this.next()}.marker.example/`;
  }

  /** A phone number carries its marker in digits, `9FFKKKK` (file and count): find it with spaces left out. */
  phone(): string {
    const digits = `9${String(this.file).padStart(2, '0')}${String(++this.count).padStart(4, '0')}`;
    this.phones.push(digits);
    return `+358 50 ${digits}`;
  }

  address(): Record<string, string> {
    return { street: this.word(), po_box: `PL ${this.word()}`, postal_code: this.word(), city: this.word(), country: 'FI' };
  }

  contact(): Record<string, unknown> {
    return { name: this.word(), title: this.text(), email: this.email(), phone: this.phone(), address: this.address(), web_form: this.url() };
  }
}

/** An `internal` block with every key the schema knows, each value a marker. */
export function markedInternal(m: Markers): Record<string, unknown> {
  return {
    owner: m.contact(),
    systems: [{ name: m.word(), provider: m.word(), country: 'FI', description: m.text() }],
    security: m.text(),
    risks: m.text(),
    transfer_safeguards: [{ recipient: m.word(), country: 'US', documentation: m.text() }],
    processor_for: [
      {
        controller: {
          name: m.word(),
          names: m.text(),
          business_id: '0245974-7',
          registration: { number: m.word(), register: m.text(), country: 'SE' },
          country: 'FI',
          public_authority: false,
          address: m.address(),
          postal_address: m.address(),
          phone: m.phone(),
          email: m.email(),
          website: m.url(),
          web_form: m.url(),
        },
        representative: { name: m.word(), email: m.email(), phone: m.phone(), address: m.address() },
        dpo: m.contact(),
        processing: m.text(),
        transfers: [{ country: 'US', recipient: m.word(), mechanism: 'derogation_compelling_interests', documentation: m.text() }],
        security: m.text(),
      },
    ],
  };
}

/** The example project (notices/ and the configuration) in a temporary folder, every internal fact a marker. */
export function markedProject(): { dir: string; markers: string[]; phones: string[]; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'seloste-internal-'));
  cpSync(join(ROOT, 'notices'), join(dir, 'notices'), { recursive: true });
  cpSync(join(ROOT, 'seloste.config.yaml'), join(dir, 'seloste.config.yaml'));
  const markers: string[] = [];
  const phones: string[] = [];
  readdirSync(join(dir, 'notices'))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .forEach((name, i) => {
      const path = join(dir, 'notices', name);
      const doc = parseDocument(readFileSync(path, 'utf8'));
      const m = new Markers(i + 1);
      doc.set('internal', markedInternal(m));
      writeFileSync(path, doc.toString({ lineWidth: 0 }));
      markers.push(...m.all);
      phones.push(...m.phones);
    });
  return { dir, markers, phones, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
