/**
 * Document information of a printed PDF (author, subject, dates) set by an incremental update:
 * the bytes Chromium wrote stay as they are, a new Info object and cross-reference section follow.
 */

function hexText(value: string): string {
  let out = '<FEFF';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    const units = code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code];
    for (const u of units) out += u.toString(16).toUpperCase().padStart(4, '0');
  }
  return `${out}>`;
}

/** `2026-03-01` → `D:20260301000000Z`. */
export function pdfDate(iso: string): string {
  return `D:${iso.replace(/-/g, '')}000000Z`;
}

export interface PdfInfo {
  Title?: string;
  Author?: string;
  Subject?: string;
  Keywords?: string;
  Creator?: string;
  CreationDate?: string;
  ModDate?: string;
}

const latin1 = new TextDecoder('latin1');

export function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 2048)));
  const trailerAt = tail.lastIndexOf('trailer');
  const startxrefAt = tail.lastIndexOf('startxref');
  if (trailerAt === -1 || startxrefAt === -1) return pdf;
  const trailer = tail.slice(trailerAt, startxrefAt);
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  const prev = Number(/startxref\s+(\d+)/.exec(tail.slice(startxrefAt))?.[1]);
  if (!size || !root || Number.isNaN(prev)) return pdf;
  const infoNumber = Number(/\/Info\s+(\d+)\s+\d+\s+R/.exec(trailer)?.[1] ?? size);
  const entries = Object.entries(info)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `/${k} ${k.endsWith('Date') ? `(${v as string})` : hexText(v as string)}`);
  entries.push('/Producer (Skia/PDF)');
  const body = `\n${infoNumber} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`;
  const objectOffset = pdf.length + 1;
  const xrefOffset = pdf.length + body.length;
  const newSize = Math.max(size, infoNumber + 1);
  const xref = `xref\n0 1\n0000000000 65535 f \n${infoNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \ntrailer\n<</Size ${newSize}\n/Root ${root}\n/Info ${infoNumber} 0 R\n/Prev ${prev}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const extra = new TextEncoder().encode(body + xref);
  const out = new Uint8Array(pdf.length + extra.length);
  out.set(pdf, 0);
  out.set(extra, pdf.length);
  return out;
}
