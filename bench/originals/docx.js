/**
 * A Word file of a Markdown notice: its headings, paragraphs, lists (nested, as bullets of their
 * level) and tables, with the words unchanged, as an organisation's own Word copy of the page holds
 * them. Code blocks and raw HTML are left out, as a Word copy leaves them.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** The words of an inline node, a line break as a break in the run. */
function runsOf(node, bold = false) {
  if (node.type === 'text' || node.type === 'inlineCode') return [new TextRun({ text: node.value.replace(/\s*\n\s*/gu, ' '), bold })];
  if (node.type === 'break') return [new TextRun({ text: '', break: 1 })];
  const strong = bold || node.type === 'strong';
  return (node.children ?? []).flatMap((child) => runsOf(child, strong));
}

/** The paragraphs of one list item: its own text as a bullet of the level, its nested lists below it. */
function listItem(item, level) {
  return item.children.flatMap((child) => (child.type === 'list' ? list(child, level + 1) : [new Paragraph({ children: runsOf(child), bullet: { level } })]));
}

function list(node, level) {
  return node.children.flatMap((item) => listItem(item, level));
}

function table(node) {
  const rows = node.children.map((row) => new TableRow({ children: row.children.map((cell) => new TableCell({ children: [new Paragraph({ children: runsOf(cell) })] })) }));
  return [new Table({ rows })];
}

/** One block of the Markdown tree as Word paragraphs and tables. */
function block(node) {
  if (node.type === 'heading') return [new Paragraph({ children: runsOf(node), heading: HEADINGS[node.depth - 1] })];
  if (node.type === 'paragraph') return [new Paragraph({ children: runsOf(node) })];
  if (node.type === 'list') return list(node, 0);
  if (node.type === 'table') return table(node);
  if (node.type === 'blockquote') return node.children.flatMap(block);
  return [];
}

/** The one date written into the file and its parts, so that the same notice gives the same bytes. */
const FIXED = new Date('2026-01-01T00:00:00Z');

/** The file with the times of its making taken out: the properties' dates and each part's in the zip. */
async function fixedDates(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const core = zip.file('docProps/core.xml');
  if (core) zip.file('docProps/core.xml', (await core.async('string')).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/gu, `$1${FIXED.toISOString().replace(/\.\d{3}Z$/u, 'Z')}`));
  zip.forEach((_, file) => { file.date = FIXED; });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The Word file of a Markdown tree (mdast), front matter and code left out; the same tree, the same bytes. */
export async function docxFromMarkdownTree(tree) {
  return fixedDates(await Packer.toBuffer(new Document({ sections: [{ children: tree.children.flatMap(block) }] })));
}
