/** The parts of the record on their own: organisations, CSV fields, the zip dates of a workbook. */
import { describe, expect, it } from 'vitest';
import { phrases } from '../src/compose/phrases/index.js';
import { recordCsv } from '../src/record/csv.js';
import { recordPhrases } from '../src/record/phrases/index.js';
import { groupOrganisations, slugOf } from '../src/record/organisations.js';
import type { RecordTable } from '../src/record/record.js';
import { withEntryDates } from '../src/record/zip-dates.js';
import type { Register } from '../src/types.js';

function register(id: string, controller: string, extra: Partial<Register> = {}): Register {
  return { id, name: { fi: id }, updated: '2026-01-15', controller: { name: controller }, ...extra };
}

describe('organisations', () => {
  it('are the controllers by legal name, written alike in any case and spacing, each with its registers by id', () => {
    const found = groupOrganisations([
      register('b', 'Lumo Kahvi Oy', { updated: '2026-03-01' }),
      register('a', 'lumo  kahvi OY', { created: '2025-12-01' }),
      register('c', 'Kuusikosken kunta'),
      { id: 'd', name: { fi: 'd' } },
    ]);
    expect(found.map((o) => [o.slug, o.registers.map((r) => r.id), o.updated, o.created])).toEqual([
      ['kuusikosken-kunta', ['c'], '2026-01-15', '2026-01-15'],
      ['lumo-kahvi-oy', ['a', 'b'], '2026-03-01', '2025-12-01'],
    ]);
  });

  it('have file names of letters and digits, numbered when two names write the same', () => {
    expect(slugOf('Helsingin Sulkapalloseura ry')).toBe('helsingin-sulkapalloseura-ry');
    expect(slugOf('Ääninen & Öljy Åb')).toBe('aaninen-oljy-ab');
    expect(slugOf('***')).toBe('organisation');
    expect(groupOrganisations([register('a', 'Esimerkki Oy'), register('b', 'Esimerkki-Oy')]).map((o) => o.slug)).toEqual(['esimerkki-oy', 'esimerkki-oy-2']);
  });

  it('carry each processing on behalf of another controller once, from the first register that holds it', () => {
    const activity = { controller: { name: 'Asiakas Oy', email: 'a@asiakas.example' }, processing: { fi: 'Pakkaaminen' } };
    const [org] = groupOrganisations([register('a', 'Lumo Kahvi Oy', { internal: { processor_for: [activity] } }), register('b', 'Lumo Kahvi Oy', { internal: { processor_for: [activity] } })]);
    expect(org!.processorFor.map((e) => e.register.id)).toEqual(['a']);
  });
});

describe('the record\'s phrase tables', () => {
  it('speak every language the notices do, with sheet names a workbook accepts', () => {
    expect(Object.keys(recordPhrases).sort()).toEqual(Object.keys(phrases).sort());
    for (const r of Object.values(recordPhrases)) {
      for (const sheet of [r.controllerPart.sheet, r.processorPart.sheet]) expect(sheet).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    }
  });
});

describe('CSV', () => {
  const table = (rows: string[][][][]): RecordTable => ({ id: 'controller', heading: 'H', sheet: 'S', columns: [{ id: 'a', label: 'A, "quoted"', width: 10 }, { id: 'b', label: 'B', width: 10 }], rows, rowName: 0, shared: [] });

  it('quotes fields with commas, quotes and line breaks, marks lists, ends records with CRLF, starts with a BOM', () => {
    expect(recordCsv(table([[[['one line']], [['first', 'second'], ['other']]]]))).toBe('\uFEFF"A, ""quoted""",B\r\none line,"• first\n  second\n• other"\r\n');
  });

  it('never writes a field a spreadsheet would run as a formula, nor a control character', () => {
    expect(recordCsv(table([[[['=HYPERLINK("x")']], [['+1\u0007']]]]))).toBe('\uFEFF"A, ""quoted""",B\r\n"\'=HYPERLINK(""x"")",\'+1\uFFFD\r\n');
  });
});

describe('zip entry dates', () => {
  /** A zip of one stored entry `a` with the content `x`, dated 2026-12-24 13:37:42. */
  function zipOfOne(): Buffer {
    const name = Buffer.from('a');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(0x6cb5, 10);
    local.writeUInt16LE(0x5d98, 12);
    local.writeUInt32LE(1, 18);
    local.writeUInt32LE(1, 22);
    local.writeUInt16LE(1, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x6cb5, 12);
    central.writeUInt16LE(0x5d98, 14);
    central.writeUInt16LE(1, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(30 + 1 + 1, 16);
    return Buffer.concat([local, name, Buffer.from('x'), central, name, end]);
  }

  it('are set to the day given, at midnight, in the local header and the central directory', () => {
    const zip = zipOfOne();
    const dated = withEntryDates(zip, '2026-10-05');
    const day = ((2026 - 1980) << 9) | (10 << 5) | 5;
    expect([dated.readUInt16LE(10), dated.readUInt16LE(12)]).toEqual([0, day]);
    expect([dated.readUInt16LE(32 + 12), dated.readUInt16LE(32 + 14)]).toEqual([0, day]);
    expect(zip.readUInt16LE(12)).toBe(0x5d98);
  });

  it('refuse what is not a zip file', () => {
    expect(() => withEntryDates(Buffer.from('not a zip at all, just some text here'), '2026-10-05')).toThrow(/not a zip file/);
  });
});
