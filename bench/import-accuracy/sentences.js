/**
 * "Nothing lost": the share of the original's sentences that appear verbatim somewhere in the
 * draft YAML, in a value or in a comment.
 */

/** The visible text of an original: HTML tags and Markdown marks taken out, block ends as line breaks. */
export function visibleText(source, ext) {
  return ext === 'html' ? htmlText(source) : ext === 'md' ? markdownText(source) : source;
}

function htmlText(html) {
  return decodeEntities(html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?(p|div|h\d|li|ul|ol|dt|dd|dl|tr|table|section|main|br)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' '));
}

function markdownText(md) {
  return md
    .replace(/```[^\n]*\n/g, '\n')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>]+|[^>\s]+@[^>\s]+)>/g, '$1')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|[\s(])_(\S(?:[^_]*\S)?)_(?=[\s).,:;!?]|$)/gm, '$1$2')
    .replace(/^\s*(#+|[*\-+•]|\d+[.)])\s+/gm, '')
    .replace(/\|/g, '\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»' };
const decodeEntities = (s) => s.replace(/&(#\d+|[a-z]+);/gi, (m, e) =>
  e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e.toLowerCase()] ?? m);

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

/** Sentences: split on . ! ? and line breaks, whitespace collapsed, four words or more. */
export function sentences(text) {
  return text.split(/[.!?]+(?=\s|$)|\n/)
    .map(collapse)
    .filter((s) => s.split(' ').length >= 4);
}

/** The draft as one run of text: comment markers, YAML quotes and escapes gone, whitespace collapsed. */
export function draftText(yaml) {
  return collapse(yaml
    .replace(/^\s*#\s?/gm, ' ')
    // A TODO keeps the original's lines as written, Markdown marks and all.
    .replace(/\*\*|__/g, '')
    .replace(/^(\s*)(?:[-*+•]|\d+[.)])\s+/gm, '$1')
    .replace(/\\"/g, '"')
    .replace(/''/g, "'")
    .replace(/\s+#\s/g, ' ')
    .replace(/(^|[\s:[{,-])["']|["'](?=\s*($|[,\]}:\n]))/gm, '$1'));
}

/** How many of the original's sentences the draft holds, and which it does not. */
export function keptSentences(original, ext, yaml) {
  const draft = draftText(yaml);
  const all = sentences(visibleText(original, ext));
  const lost = all.filter((s) => !draft.includes(s));
  return { total: all.length, kept: all.length - lost.length, lost };
}
