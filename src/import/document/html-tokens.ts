/**
 * The tokens of an HTML text, in one pass: text, tags, and what is dropped whole (comments, icons of an icon font,
 * declarations, scripts, styles, navigation). A comment, script or tag left open ends where the text ends, so a
 * page of unclosed `<!--` is read in time proportional to its length.
 */

/** `[whole, dropped element, "/" of a closing tag, tag name]`, as the reader reads them. */
export type Token = [whole: string, dropped?: string | undefined, slash?: string | undefined, name?: string | undefined];

/** Elements whose content is not text of the notice: a page's navigation is its menus. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'nav']);

/**
 * An icon of an icon font, whose text is the name of the icon it draws ("<span class=\"material-symbols-outlined\">cloud_sync</span>"):
 * the reader sees the icon, not the word.
 */
const ICON = /^<(span|i)\b[^>]*\bclass\s*=\s*["'][^"']*\bmaterial-(?:icons|symbols)/iu;

/**
 * A tag, its quoted attribute values read whole ("data-fi=\"<strong>…</strong>\"" holds no tag), as a browser
 * reads them: a quote opens a value only right after `=`, elsewhere it is a character of the tag
 * (`class="lead""`, `title='Children's page'`); else, where a value after `=` is not closed on its line, a tag
 * up to its first `>`.
 */
const TAG = /<(\/?)([a-z][a-z0-9]*)\b(?:[^<>="']|["']|=\s*"[^"\n]*"|=\s*'[^'\n]*'|=(?!\s*["']))*>/iuy;
const LOOSE_TAG = /<(\/?)([a-z][a-z0-9]*)\b[^<>]*>/iuy;

function tagAt(html: string, i: number): RegExpExecArray | null {
  TAG.lastIndex = i;
  const m = TAG.exec(html);
  if (m) return m;
  LOOSE_TAG.lastIndex = i;
  return LOOSE_TAG.exec(html);
}

/** From `from`, to just after `end` (or to the end of the text when it never comes). */
function until(html: string, lower: string, from: number, end: string): number {
  const at = lower.indexOf(end, from);
  return at < 0 ? html.length : at + end.length;
}

export function* htmlTokens(html: string): Generator<Token> {
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt !== i) {
      const stop = lt < 0 ? html.length : lt;
      yield [html.slice(i, stop)];
      i = stop;
      continue;
    }
    if (html.startsWith('<!--', i) || html[i + 1] === '!' || html[i + 1] === '?') {
      const stop = until(html, lower, i + 2, html.startsWith('<!--', i) ? '-->' : '>');
      yield [html.slice(i, stop)];
      i = stop;
      continue;
    }
    const m = tagAt(html, i);
    if (!m) {
      // A `<` that opens no tag is text.
      yield ['<'];
      i += 1;
      continue;
    }
    const name = m[2]!.toLowerCase();
    let stop = i + m[0].length;
    if (!m[1] && (DROPPED.has(name) || ICON.test(m[0]))) {
      stop = until(html, lower, until(html, lower, stop, `</${name}`), '>');
      yield [html.slice(i, stop), name];
    } else yield [m[0], undefined, m[1], m[2]];
    i = stop;
  }
}
