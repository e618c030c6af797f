import type { Root, RootContent } from 'mdast';
import { anchor, type Notice } from './compose.js';
import { formatDate } from './format.js';
import { fillInline, heading, li, link, p, text, ul } from './mdast.js';
import type { Phrases } from './phrases/types.js';
import { tidyWhitespace } from './tidy.js';
import { markInline } from './translation.js';

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The notice as one Markdown tree: title, dates, first layer, contents, numbered sections. */
export function noticeToMdast(notice: Notice, phrases: Phrases): Root {
  const children: RootContent[] = [];
  // A heading is one line: a line break in the register's name would end it and start a paragraph.
  if (!notice.nameLang) children.push(heading(1, 'top', oneLine(notice.title)));
  else {
    // A name from another language is marked so, with the note after the title.
    const name = markInline([text(oneLine(notice.registerName))], notice.nameLang);
    children.push(heading(1, 'top', ...fillInline(phrases.noticeTitleFor, { name }), ` ${phrases.notAvailable}`));
  }
  if (notice.updated) children.push(p(`${phrases.updated} ${formatDate(notice.updated, phrases)}`));
  children.push(...notice.intro);
  children.push(heading(2, 'summary', phrases.headings.summary));
  children.push(...notice.summary);
  children.push(heading(2, 'contents', phrases.contents));
  children.push(ul(notice.sections.map((s, i) => li(link(`#${anchor(s.id)}`, `${i + 1}. ${s.heading}`)))));
  notice.sections.forEach((s, i) => {
    children.push(heading(2, anchor(s.id), `${i + 1}. ${s.heading}`));
    children.push(...s.content);
  });
  return tidyWhitespace({ type: 'root', children });
}
