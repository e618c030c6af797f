/**
 * "Nothing lost": the share of the original's sentences that the draft holds, verbatim in one value
 * or one comment, or, for a line of contact details, as values of their own.
 *
 * The original is read as Seloste's readers read it: Markdown through the parser Seloste renders
 * with, HTML by its tags, and in both a line of the source is a line (notices put one detail a line
 * without a `<br>`), a block ends a paragraph, two inline elements side by side are two lines, an
 * inline tag joins the words next to it. A sentence
 * ends at . ! or ?; one that goes on over lines of a paragraph is one sentence, and lines that end
 * none (a name, an address) are each their own. The draft is read as YAML: its values and its
 * comments, each a text of its own, so that a sentence is never found across two of them.
 */
import { parseDocument, visit } from 'yaml';

const BLOCK = 'p|div|h[1-6]|li|ul|ol|dt|dd|dl|tr|td|th|thead|tbody|table|caption|section|article|header|footer|aside|main|nav|blockquote|pre|figure|figcaption|address|form|hr';
const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, 'gi');

/** The named entities a browser shows as characters (a page's "&copy; 2024" is "© 2024"); their case is theirs ("&Auml;" is not "&auml;"). */
const ENTITIES = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', laquo: '«', raquo: '»', ndash: '–', mdash: '—', hellip: '…',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bull: '•', middot: '·', euro: '€', copy: '©', reg: '®', sect: '§',
  auml: 'ä', ouml: 'ö', aring: 'å', Auml: 'Ä', Ouml: 'Ö', Aring: 'Å', uuml: 'ü', Uuml: 'Ü', eacute: 'é', Eacute: 'É', egrave: 'è', aacute: 'á',
};
const decodeEntities = (s) => s.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (m, e) =>
  e[0] !== '#' ? ENTITIES[e] ?? ENTITIES[e.toLowerCase()] ?? m : String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))));

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * A section number before a heading's words ("5.1 Analytics", "3. Tarkoitus", "4.Purpose"), or in an element of its own
 * before a capital ("<span class="num">09</span> Muutokset", not "<strong>18</strong> vuotta täyttäneet"): the
 * draft's key stands for it.
 */
const HEADING_NUMBER = /(<h[1-6]\b[^>]*>)\s*(?:\d+(?:[a-z](?=\.))?(?:\.\d+)*\.?(?:\s+(?=\S)|(?=\p{Lu}\p{Ll}))|<(span|strong|b|em|i)\b[^>]*>\s*\d{1,2}(?:\.\d{1,2})*\.?\s*<\/\2>\s*(?=(?:<[^>]*>\s*)*\p{Lu}))/giu;

/**
 * A paragraph that is only a section number and a short title ("<p>2.3 Contact persons at a vendor</p>",
 * "<p>4. Oikeutesi</p>"): a heading written as text, which the import reads as one; its number goes as
 * a heading's does.
 */
const NUMBERED_TITLE = /(<p\b[^>]*>)\s*\d{1,2}(?:(?:\.\d{1,2})+\.?|\.)\s+(?=\p{Lu}[^<]{0,80}(?<![.!?:;,])\s*<\/p>)/gu;

/** Two inline elements side by side with nothing between ("<span>Y-tunnus</span><strong>3449447-8</strong>"): laid out apart, each its own line. */
const INLINE_PAIR = /(<\/(?:span|strong|b|em|i|a|label|small)>)(?=<(?:span|strong|b|em|i|a|label|small)\b)/gi;

/** A bold label that opens a block over a line break ("<li><strong>Rekisterinpitäjä</strong><br>Esimerkki Oy …"): it heads the block's text, as a heading would. */
const BOLD_LABEL = /(<(?:li|p|div|td|dd)\b[^>]*>\s*<(strong|b)\b[^>]*>[^<]*<\/\2>)\s*<br\b[^>]*>/gi;
/**
 * An attribute whose value holds markup ("data-fi=\"<strong>Miss S Tmi</strong>…\""): never text a reader sees,
 * and no tag. Each part of the value is bounded, so that a quote never closed on a long line costs little.
 */
const MARKUP_IN_ATTRIBUTE = /\s[\w:-]+=(?:"[^"<>\n]{0,4000}[<>][^"\n]{0,4000}"|'[^'<>\n]{0,4000}[<>][^'\n]{0,4000}')/g;
/** The text of HTML: a block ends a paragraph (a blank line), `<br>` a line, two inline elements side by side a line, other tags join the words next to them, the source's line breaks kept; a bold label over a line break stands apart. */
export function htmlText(html) {
  return decodeEntities(html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|template|nav)\b[\s\S]*?<\/\1>/gi, '')
    .replace(MARKUP_IN_ATTRIBUTE, '')
    .replace(BOLD_LABEL, '$1\n\n')
    .replace(HEADING_NUMBER, '$1')
    .replace(NUMBERED_TITLE, '$1')
    .replace(INLINE_PAIR, '$1\n')
    .replace(BLOCK_TAG, '\n\n')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ''));
}

/**
 * A static site's front matter is the page's settings, not its text: a reader sees at most its title,
 * as the page's heading; a meta description or a layout name is never shown.
 */
function withoutFrontMatter(markdown) {
  const found = /^(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?=\r?\n|$)/u.exec(markdown);
  if (!found) return markdown;
  const title = /^title\s*[:=]\s*["']?(.*?)["']?\s*$/mu.exec(found[2])?.[1];
  return `${title ? `# ${title}\n` : ''}${markdown.slice(found[0].length)}`;
}

/**
 * A Markdown paragraph that opens on a bold or emphasised line ("**Dina rättigheter**⏎Du har rätt …"): the line is the
 * title of the text below it, as Seloste's Markdown reader takes it, when short and not ending in a stop or a colon.
 */
const MD_TITLE_LINE = /(<p>\s*<(strong|em)>([^<]*)<\/\2>)[ \t]*\n/g;
const DENIES = /(?<!\p{L})(?:ei|emme|eikä|eivät|inte|ej|aldrig|not|never|no|don't|doesn't)(?!\p{L})/iu;
/** A title, as the reader takes one: short, no stop or colon at its end, no label with its value, address or number, no statement. */
function titleLike(title) {
  const t = title.trim();
  if (t.length > 80 || /[.,;:]$/u.test(t) || /[:@]|\/\/|\d{3}/u.test(t)) return false;
  return t.endsWith('?') || (!DENIES.test(t) && t.split(/\s+/u).length <= 10);
}
const titleApart = (html) => html.replace(MD_TITLE_LINE, (all, open, _tag, title) => (titleLike(title) ? `${open}\n\n` : all));

/** The visible text of an original; `renderMarkdown` turns Markdown into HTML. */
export function visibleText(source, ext, renderMarkdown) {
  if (ext === 'html') return htmlText(source);
  if (ext === 'md') return htmlText(titleApart(renderMarkdown(withoutFrontMatter(source))));
  return source;
}

/** A link's address in brackets after its text ("policy (https://…)"): the same sentence with it or without. */
const LINK_ADDRESS = /\s*\((?:https?:\/\/|www\.)[^\s()]*\)/g;
const normalise = (s) => collapse(s.replace(LINK_ADDRESS, ''));

/**
 * A hyphen with a space after it: a PDF prints "Tunnel -palvelun" broken after its hyphen as it prints
 * "Tunnel - palvelun", and "Shield-sertifikaattiin" so broken as "Shield- sertifikaattiin", so a draft
 * read from a PDF is not asked which it was.
 */
const unspaceHyphen = (s) => s.replace(/ - (?=\S)/g, ' -').replace(/(?<=\p{L})- (?=\p{L})/gu, '-');
/** What a printed page makes of the text: a hyphen spaced or not, and letters in capitals where the page's style sets a heading so. */
const printedText = (s) => unspaceHyphen(s).toLowerCase();

/** A list's marker at the start of a line: a dash or a number before a space, or a bullet, which may touch its text ("•Namn"). */
const MARKER = /^\s*(?:(?:[-–—*+]|\d+[.)])\s+|[•▪◦‣·●⁃∙\uf0b7]\s*)/;

/** An end after a single letter ("P.O. Box", "A. Berg") or an abbreviation ("puh.", "e.g.") is no sentence's end. */
const ends = (piece) => /[.!?]$/.test(piece) && !/(?:^|[\s.(])(?:\p{L}|puh|tel|ph|esim|mm|nro|no|ks|vrt|klo|etc|oy|ab|inc|ltd|co|st|dr|mr|mrs|ms)\.$/iu.test(piece);
/** The tick of a filled-in form's option ("☒ Rotu tai etninen alkuperä"): like a list's bullet, a mark, not words. */
const TICK = /^\s*(?:☒|☑|✅|✔|■|\[[xX]\])\s*/u;
/**
 * A value of the draft as the original's sentences are compared: without the marks `bare` takes off them,
 * which a page may show as words ("__stripe_mid", a cookie's name).
 */
const unmarked = (value) => normalise(value.replace(/\*\*|__/g, ''));

/**
 * The number of a part's title written without its stop, as the old register form numbers its parts ("2 Yhteyshenkilö
 * rekisteriä koskevissa asioissa", "1a Rekisterinpitäjä"): the reader takes the title without it, as it does "2.".
 */
const TITLE_NUMBER = /^\s*\d{1,2}[a-e]?\s+(?=\p{Lu}[^.!?]{0,80}$)/u;

/** Emphasis marks a page shows as they are typed ("**Right of access**"): a draft's comment keeps the words without them. */
const bare = (piece) => normalise(piece.replace(MARKER, '').replace(TITLE_NUMBER, '').replace(TICK, '').replace(/\*\*|__/g, '').replace(/[.!?]+$/, '')).replace(/\s*[;,:]$/, '');

/** A line in pieces, each up to a sentence's end: . ! ? before a space (a dot in an address or a date ends none), or the rest. */
function linePieces(line) {
  const pieces = [];
  let open = '';
  for (const part of line.trim().split(/(?<=[.!?])\s+/).filter(Boolean)) {
    open = open ? `${open} ${part}` : part;
    if (ends(open)) {
      pieces.push(open);
      open = '';
    }
  }
  return open ? [...pieces, open] : pieces;
}

/**
 * The sentences of a paragraph, each as `{ text, pieces }`: a run of lines that ends a sentence is
 * one, other lines their own. In plain text, where a heading may stand on the line above its text, a
 * line goes on with the one before only when it starts in lower case.
 */
function paragraphSentences(paragraph, plain) {
  const out = [];
  let open = [];
  for (const line of paragraph.split('\n')) {
    const pieces = linePieces(line);
    if (plain && open.length && !/^\p{Ll}/u.test(pieces[0] ?? '')) {
      out.push(...open.map((piece) => [piece]));
      open = [];
    }
    for (const [i, piece] of pieces.entries()) {
      open.push(piece);
      if (i === pieces.length - 1 && !ends(piece)) continue;
      out.push(open);
      open = [];
    }
  }
  return [...out, ...open.map((piece) => [piece])]
    .map((run) => ({ text: bare(run.join(' ')), pieces: run.map(bare) }))
    .filter((s) => s.text.split(' ').length >= 4);
}

/** Sentences, four words or more, without a list's marker, its end or a list's closing `;` `,` `:`; each with its lines. */
export function sentences(text, plain = false) {
  return text.split(/\n[^\S\n]*\n/).flatMap((paragraph) => paragraphSentences(paragraph, plain));
}

/** A pair of single marks of emphasis around words ("_Nytt dokument_", "*only*"), not one inside a word ("snake_case"), a footnote's star ("Tähdellä* merkityt") or its mark in brackets ("(*)"). */
const EMPHASIS = /(?<![\p{L}\p{N}\\])([_*])(?=[\p{L}\p{N}])([^\n]+?(?:\n[^\n]+?)?)(?<=[\p{L}\p{N}.!?])\1(?![\p{L}\p{N}])/gu;

/** A comment line of the draft as text: a TODO keeps the original's lines as written, Markdown marks and all. */
function commentLine(line) {
  return line
    .replace(/^\s*#+\s+/, '')
    .replace(MARKER, '')
    .replace(/\*\*|__|`/g, '');
}

/** Markdown's links as a reader sees them: "[text](url)", its text over two lines or not, "[text][ref]", "<https://…>" and "<board@example.com>". */
const links = (text) =>
  text
    .replace(/!?\[([^\]]*)\]\(([^)\s]*)\)/g, (_, label, url) => (/^https?:/.test(url) ? `${label} (${url})` : label))
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?:|mailto:)?[^>\s]+(?::\/\/|@)[^>\s]+)>/g, '$1');

/** Markdown's escapes undone: "\\_ga\\_" is "_ga_" as the page shows it. */
const unescaped = (s) => s.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');

const commentText = (comment) => (comment ? [normalise(unescaped(links(comment.split('\n').map(commentLine).join('\n')).replace(EMPHASIS, '$2')))] : []);

/** The texts of a draft: each value (keys left out) and each comment, as one line of text. */
export function draftTexts(yaml) {
  const doc = parseDocument(yaml);
  const values = [];
  const comments = [...commentText(doc.commentBefore), ...commentText(doc.comment)];
  visit(doc, (key, node) => {
    if (!node || typeof node !== 'object') return;
    comments.push(...commentText(node.commentBefore), ...commentText(node.comment));
    if (key !== 'key' && 'value' in node && node.value !== null && typeof node.value !== 'object') values.push(String(node.value));
  });
  return { texts: [...values.map(unmarked), ...comments].filter(Boolean), values };
}

/** A date as the register writes it: "21.6.2021" is 2021-06-21. */
const isoDates = (s) => s.replace(/(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/g, (_, d, m, y) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
/** Lower-cased words (letters and digits). */
const words = (s) => isoDates(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether `list` is one value after another of `values` (word sequences, each ` w1 w2 `). */
function madeOfValues(list, values) {
  const reached = new Set([0]);
  for (let end = 1; end <= list.length; end++) {
    for (const start of reached) {
      if (values.has(` ${list.slice(start, end).join(' ')} `)) {
        reached.add(end);
        break;
      }
    }
  }
  return list.length > 0 && reached.has(list.length);
}

/** A label before a line's details: up to four words before a colon, or one or two words before the first part. */
const COLON_LABEL = /^[^:]{1,40}:\s*/;
const MAX_DETAIL_WORDS = 10;

/**
 * A line of contact details ("Postiosoite: PL 29, 00023 Kaupunki") the draft keeps as values of their
 * own: after its label, each comma-separated part is one value, or values one after another
 * ("00023 Kaupunki" is a postal code and a city). It must hold a digit or an `@`, unless its whole
 * detail is one value.
 */
function keptAsValues(sentence, values) {
  const label = COLON_LABEL.exec(sentence);
  // A labelled line whose whole detail is one value of the draft ("Name: Example University", "Rekisterinpitäjä: Esimerkki ry").
  if (label && words(label[0]).length <= 4 && values.has(` ${words(sentence.slice(label[0].length)).join(' ')} `)) return true;
  if (!/[\d@]/.test(sentence) || words(sentence).length > MAX_DETAIL_WORDS) return false;
  const body = label && words(label[0]).length <= 4 ? sentence.slice(label[0].length) : sentence;
  const [first, ...rest] = body.split(/\s*,\s*/).map(words);
  if (!first || !rest.every((part) => madeOfValues(part, values))) return false;
  return [0, 1, 2].some((skip) => skip < first.length && madeOfValues(first.slice(skip), values));
}

/**
 * How many of the original's sentences the draft holds, and which it does not. `holds`, when given,
 * says whether the imported file has a sentence at all (a Word file made from the Markdown may leave
 * some out): a sentence it does not have is counted as absent, neither kept nor lost. `printed` says
 * the draft was read from a PDF printed from the original: a spaced hyphen and letter case are then not compared.
 */
export function keptSentences(original, ext, yaml, { renderMarkdown, holds = () => true, printed = false } = {}) {
  const fold = printed ? printedText : (s) => s;
  // A letter and its combining mark ("a" and U+0308) are the one letter ("ä") they stand for, as Seloste reads them.
  const { texts: drafted, values } = draftTexts(yaml.normalize('NFC'));
  const texts = drafted.map(fold);
  const valueWords = new Set(values.map((v) => ` ${words(v).join(' ')} `));
  const valueTexts = values.map((v) => fold(unmarked(v)));
  const whole = (s) => texts.some((t) => t.includes(fold(s))) || keptAsValues(s, valueWords);
  // Over lines, a sentence is kept whole, or each line as a value: not torn between a value and a comment.
  const inValues = (piece) => valueTexts.some((v) => v.includes(fold(piece))) || keptAsValues(piece, valueWords);
  const all = sentences(visibleText(original.normalize('NFC'), ext, renderMarkdown), ext === 'txt');
  const present = all.filter((s) => holds(s.text));
  const lost = present.filter((s) => !whole(s.text) && !(s.pieces.length > 1 && s.pieces.every(inValues))).map((s) => s.text);
  return { total: present.length, kept: present.length - lost.length, lost, absent: all.length - present.length };
}

/** The text of a Word file's paragraphs as one line, read from its XML, to ask whether it has a sentence. */
export function wordText(documentXml) {
  const parts = documentXml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:(?:tab|br|cr)\b[^>]*\/>|<\/w:p>/g) ?? [];
  return normalise(decodeEntities(parts.map((p) => (p.startsWith('<w:t') ? p.replace(/<[^>]+>/g, '') : ' ')).join('')));
}
