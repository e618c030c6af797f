/**
 * A notice published as a filled-in form ("☒ Yleistä etua koskeva tehtävä", "☐ Tutkittavan
 * suostumus"): only what is ticked is said. The options left unticked, with the prompts listed under
 * them, are read by no recogniser; they stay with the block they stood in (`unticked`), so that the
 * draft keeps them and nothing is lost. The ticks themselves are dropped from what is read.
 */
import { walkTree, type Block, type ListItem, treeLines, treeList } from './block.js';

const UNTICKED = /^\s*(?:[-*•]\s*)?(?:☐|□|❏|\[ \])\s*/u;
const TICKED = /^(\s*(?:[-*•]\s*)?)(?:☒|☑|✅|✔|■|\[[xX]\])\s*/u;
const BOX = /[☐☒☑□❏]/u;

/** A paragraph's lines without the unticked ones; undefined when none is left. */
function paragraphPart(block: Block): Part {
  const unticked = block.lines.filter((l) => UNTICKED.test(l));
  if (!unticked.length && !block.lines.some((l) => TICKED.test(l))) return { kept: block, unticked };
  const lines = block.lines.filter((l) => !UNTICKED.test(l)).map((l) => l.replace(TICKED, '$1'));
  return { ...(lines.length ? { kept: { ...block, text: lines.join(' '), lines } } : {}), unticked };
}

/** The items of a tree without those unticked (and what is listed under them), ticks dropped; the unticked as lines. */
function prune(tree: readonly ListItem[], unticked: string[]): ListItem[] {
  return tree.flatMap((item) => {
    if (UNTICKED.test(item.text)) {
      unticked.push(...treeLines([item]));
      return [];
    }
    return [{ text: item.text.replace(TICKED, '$1'), items: prune(item.items, unticked) }];
  });
}

/** A list's items without the unticked ones; all of it, after an option left unticked, when nothing in it is ticked. */
function listPart(block: Block, afterUnticked: boolean): Part {
  const tree = block.tree ?? (block.items ?? []).map((text) => ({ text, items: [] }));
  const all = walkTree(tree).map(({ item }) => item.text);
  if (afterUnticked && !all.some((t) => TICKED.test(t))) return { unticked: treeLines(tree) };
  if (!all.some((t) => UNTICKED.test(t) || TICKED.test(t))) return { kept: block, unticked: [] };
  const unticked: string[] = [];
  const kept = prune(tree, unticked);
  return { ...(kept.length ? { kept: treeList(kept, treeLines(kept), block.line) } : {}), unticked };
}

type Part = { kept?: Block; unticked: string[] };

function partOf(block: Block, afterUnticked: boolean): Part {
  if (block.kind === 'paragraph') return paragraphPart(block);
  return block.kind === 'list' ? listPart(block, afterUnticked) : { kept: block, unticked: [] };
}

/** A lone answer of a form: "Ei", "Kyllä", "Nej", "Ja", "No", "Yes". */
export const ANSWER = /^(?:ei|kyllä|nej|ja|no|yes)\.?$/iu;

/** A question of the form ("Siirretäänkö tietoja EU:n ulkopuolelle:") and its ticked answer ("Ei") are one paragraph. */
function answered(question: Block | undefined, block: Block): Block | undefined {
  if (question?.kind !== 'paragraph' || block.kind !== 'paragraph' || !ANSWER.test(block.text) || !/[:?]$/u.test(question.text)) return undefined;
  const text = `${question.text} ${block.text}`;
  return { ...question, text, lines: [text], unticked: [...(question.unticked ?? []), ...(block.unticked ?? [])] };
}

/**
 * The blocks with only what is ticked read. A block left with nothing hands its unticked lines to the
 * block before it in its section, or, after a heading, to the next block that holds something.
 */
export function tickedOnly(blocks: readonly Block[]): Block[] {
  if (!blocks.some((b) => b.kind !== 'heading' && BOX.test(b.text))) return [...blocks];
  const out: Block[] = [];
  let afterUnticked = false;
  let pending: string[] = [];
  for (const block of blocks) {
    const { kept, unticked: own } = partOf(block, afterUnticked);
    afterUnticked = own.length > 0 && (!kept || (block.kind === 'paragraph' && UNTICKED.test(block.lines[block.lines.length - 1] ?? '')));
    const last = out[out.length - 1];
    if (!kept) {
      if (last && last.kind !== 'heading') out[out.length - 1] = { ...last, unticked: [...(last.unticked ?? []), ...own] };
      else pending.push(...own);
      continue;
    }
    const unticked = kept.kind === 'heading' ? own : [...pending, ...own];
    if (kept.kind !== 'heading') pending = [];
    const whole = unticked.length ? { ...kept, unticked } : kept;
    const merged = answered(last, whole);
    if (merged) out[out.length - 1] = merged;
    else out.push(whole);
  }
  // Unticked lines with no block after them to hold them: the form's last block keeps them.
  const holder = out.findLastIndex((b) => b.kind !== 'heading');
  if (pending.length && holder >= 0) out[holder] = { ...out[holder]!, unticked: [...(out[holder]!.unticked ?? []), ...pending] };
  else if (pending.length) return [...blocks];
  return out;
}
