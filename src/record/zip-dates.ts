/**
 * A workbook is a zip file whose entries carry the time they were packed (JSZip, under exceljs, has
 * no option for it). For the same bytes from the same registers, every entry's DOS date and time
 * are set to one date: in each entry of the central directory and in its local header.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** `2026-10-05` as a DOS date (days since 1980), at midnight. */
function dosDate(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [1980, 1, 1];
  return ((Math.max(1980, year) - 1980) << 9) | (month << 5) | day;
}

function endOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) if (zip.readUInt32LE(at) === EOCD) return at;
  throw new Error('not a zip file: no end of central directory');
}

/** The zip with every entry dated `iso` (a copy; the original is left as it is). */
export function withEntryDates(zip: Buffer, iso: string): Buffer {
  const out = Buffer.from(zip);
  const date = dosDate(iso);
  const end = endOfCentralDirectory(out);
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== CENTRAL) throw new Error('not a zip file: broken central directory');
    out.writeUInt16LE(0, at + 12);
    out.writeUInt16LE(date, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error('not a zip file: broken local header');
    out.writeUInt16LE(0, local + 10);
    out.writeUInt16LE(date, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
