/** How large a ZIP (a Word file) says its files are once unpacked, from its central directory. */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** The unpacked size the entries declare together, or undefined when there is no directory to read. */
export function unpackedSize(bytes: Uint8Array): number | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  // The end record is the last thing in the file, after a comment of at most 64 KB.
  for (let at = view.length - 22; at >= Math.max(0, view.length - 22 - 0xffff); at--) {
    if (view.readUInt32LE(at) !== END_OF_DIRECTORY) continue;
    const count = view.readUInt16LE(at + 10);
    let entry = view.readUInt32LE(at + 16);
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (entry + 46 > view.length || view.readUInt32LE(entry) !== DIRECTORY_ENTRY) return undefined;
      total += view.readUInt32LE(entry + 24);
      entry += 46 + view.readUInt16LE(entry + 28) + view.readUInt16LE(entry + 30) + view.readUInt16LE(entry + 32);
    }
    return total;
  }
  return undefined;
}
