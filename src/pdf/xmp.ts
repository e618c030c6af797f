/**
 * The XMP metadata packet of a notice PDF (ISO 16684-1): title and language, the same author,
 * tool and dates as the document information dictionary, and the PDF/UA-1 identification
 * (ISO 14289-1, 5). Dates are the notice's own, never the time of printing.
 */

export interface XmpFields {
  title: string;
  /** BCP 47 language of the notice, e.g. `fi`. */
  lang: string;
  author?: string | undefined;
  subject?: string | undefined;
  /** The Info dictionary's /Creator and /Producer. */
  creator: string;
  producer: string;
  /** ISO dates, `2026-03-01`. */
  created?: string | undefined;
  modified?: string | undefined;
}

const NAMESPACES = {
  dc: 'http://purl.org/dc/elements/1.1/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  pdfuaid: 'http://www.aiim.org/pdfua/ns/id/',
};

/** Text as XML character data: markup escaped, control characters XML does not allow left out. */
function escapeXml(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** `2026-03-01` → `2026-03-01T00:00:00Z`, the instant the Info dictionary's `D:20260301000000Z` names. */
export function xmpDate(iso: string): string {
  return `${iso}T00:00:00Z`;
}

/** A language alternative with one item, in the notice's language (a reader shows it as the title). */
function alternative(name: string, value: string, lang: string): string {
  return `<${name}><rdf:Alt><rdf:li xml:lang="${escapeXml(lang)}">${escapeXml(value)}</rdf:li></rdf:Alt></${name}>`;
}

function properties(f: XmpFields): string[] {
  const out = [
    '<dc:format>application/pdf</dc:format>',
    alternative('dc:title', f.title, f.lang),
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(f.lang)}</rdf:li></rdf:Bag></dc:language>`,
  ];
  if (f.author) out.push(`<dc:creator><rdf:Seq><rdf:li>${escapeXml(f.author)}</rdf:li></rdf:Seq></dc:creator>`);
  if (f.subject) out.push(alternative('dc:description', f.subject, f.lang));
  out.push(`<xmp:CreatorTool>${escapeXml(f.creator)}</xmp:CreatorTool>`);
  if (f.created) out.push(`<xmp:CreateDate>${xmpDate(f.created)}</xmp:CreateDate>`);
  if (f.modified) out.push(`<xmp:ModifyDate>${xmpDate(f.modified)}</xmp:ModifyDate>`, `<xmp:MetadataDate>${xmpDate(f.modified)}</xmp:MetadataDate>`);
  out.push(`<pdf:Producer>${escapeXml(f.producer)}</pdf:Producer>`, '<pdfuaid:part>1</pdfuaid:part>');
  return out;
}

export function xmpPacket(f: XmpFields): string {
  const xmlns = Object.entries(NAMESPACES).map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    `<rdf:Description rdf:about=""${xmlns}>`,
    ...properties(f),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}
