/**
 * Headings of an old notice mapped to the parts of a register, and the blocks grouped under them.
 * Finnish legacy headings (HetiL-era "rekisteriseloste", see LEGAL.md §3) and their English counterparts.
 */
import type { Block } from './read.js';

export type SectionKind =
  | 'rights'
  | 'date'
  | 'controller'
  | 'contact_person'
  | 'dpo'
  | 'name'
  | 'data_subjects'
  | 'purposes'
  | 'legitimate_interest'
  | 'legal_basis'
  | 'consent'
  | 'provision'
  | 'data_categories'
  | 'sources'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'security'
  | 'cookies'
  | 'automated_decisions'
  | 'changes'
  | 'contact'
  | 'title'
  /** A heading that maps to nothing. */
  | 'other';

/**
 * Keywords per kind, in priority order: the first kind that matches a heading is its main kind, the
 * others say what else the section may hold ("Rekisterinpitäjä ja rekisterin nimi").
 */
const KEYWORDS: readonly (readonly [SectionKind, RegExp])[] = [
  ['date', /^(?:laatimispäivä|laadittu|päivitetty|päiväys|päivämäärä|viimeksi päivitetty|last updated|updated|date|effective date)$/u],
  ['controller', /rekisterinpitäjä|rekisterin ?pitäjä|\bcontroller\b|\bwho we are\b|\babout us\b/u],
  ['contact_person', /yhteys ?henkilö|vastuu ?henkilö|contact person/u],
  ['dpo', /tietosuojavastaava|data protection officer|\bdpo\b/u],
  ['name', /rekisterin nimi|name of the (?:register|filing system|processing)|register name/u],
  ['data_subjects', /(?<![\p{L}])rekisteröidyt(?![\p{L}])|rekisteröityjen (?:ryhmät|piiri)|\bdata subjects?\b|whose (?:personal )?data/u],
  ['purposes', /tarkoitu|\bpurposes?\b|why we (?:process|collect|use)|how we use/u],
  ['legitimate_interest', /oikeutet\p{L}* e(?:tu|dun)|legitimate interest/u],
  ['legal_basis', /oikeusperust|käsittelyn peruste|(?<![\p{L}])peruste$|legal basis|lawful basis/u],
  ['consent', /^suostumu|suostumuksen peruuttami|^consent\b|withdraw\p{L}* (?:your )?consent/u],
  ['provision', /velvoittavuu|onko tietojen antaminen|statutory or contractual|obliged to (?:give|provide)/u],
  [
    'data_categories',
    /tietosisältö|tietokentät|henkilötietoryhm|tietoryhm|mitä (?:henkilö)?tietoja|käsiteltävät (?:henkilö)?tiedot|kerättävät (?:henkilö)?tiedot|categories of (?:personal )?data|personal data (?:we|that we) (?:collect|process)|what (?:personal )?(?:data|information)|(?:data|information) we (?:collect|process)/u,
  ],
  ['sources', /tietolähte|lähteet|(?<![\p{L}])mistä(?![\p{L}])|\bsources?\b|where (?:we get|we obtain|the data come|does the data come)/u],
  ['recipients', /luovut|vastaanottaj|recipient|disclos|\bsharing\b|\bshare\b|who (?:we share|receives)/u],
  ['transfers', /(?<![\p{L}])siirto(?![\p{L}])|(?<![\p{L}])siirrot(?![\p{L}])|siirtäminen|ulkopuolelle|\btransfers?\b|outside the (?:eu|eea|european)|international/u],
  ['retention', /säilyt|vanhenemi|poistaminen|\bretention\b|how long|storage period|keep your/u],
  ['security', /suojau|tietoturva|\bsecurity\b|protect/u],
  ['cookies', /eväste|cookie|analytiik|analytics/u],
  ['automated_decisions', /automaattinen (?:päätöksenteko|käsittely)|profilointi|automated|profiling/u],
  ['changes', /muutokset|muutoshistoria|changes to|updates to (?:this|the)/u],
  ['contact', /yhteydenot|yhteystiedot|contact us|how to contact|\bcontact\b/u],
  ['title', /tietosuojaseloste|rekisteriseloste|henkilö\p{L}*seloste|(?<![\p{L}])seloste(?![\p{L}])|privacy (?:notice|policy|statement)|data protection (?:notice|policy)/u],
];

/** Headings about the data subject's rights: Seloste writes that text itself. */
const RIGHTS = /(?<![\p{L}])oikeu(?:s|det|tesi|ksien|tta)(?![\p{L}])|tarkastusoikeu|kielto-?oikeu|rajoittamisoikeu|vastustamisoikeu|oikaisuoikeu|\brights?\b|(?<![\p{L}])valitu|complain/u;

function normalise(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\)|[ivx]+\.)\s+/u, '')
    .replace(/[\s\u00a0]+/gu, ' ')
    .replace(/[.:;]+$/u, '')
    .trim();
}

/** The kinds a heading maps to, main kind first; empty when it maps to nothing. */
export function classifyHeading(heading: string): SectionKind[] {
  const text = normalise(heading);
  if (!text) return [];
  if (RIGHTS.test(text)) return ['rights'];
  const kinds: SectionKind[] = [];
  for (const [kind, re] of KEYWORDS) if (re.test(text)) kinds.push(kind);
  // A bare "yhteystiedot" / "contact" next to something more specific adds nothing.
  if (kinds.length > 1) return kinds.filter((k) => k !== 'contact' && k !== 'title');
  return kinds;
}

/** The heading names a part of a register (not only a title). */
export function isKnownHeading(heading: string): boolean {
  return classifyHeading(heading).length > 0;
}

export interface Section {
  kinds: SectionKind[];
  heading: Block;
  /** The blocks under the heading, subheadings included. */
  blocks: Block[];
}

export interface Outline {
  /** Blocks before the first section: title, date, name. */
  front: Block[];
  sections: Section[];
  /** Table of contents of the old notice. */
  toc: Block[];
  /** A second register in the same file, kept whole. */
  second?: { title: string; line: number; blocks: Block[] };
}

/** Kinds that start a register's content: a repeat of one of them after a new title means a second register. */
const REPEATABLE = new Set<SectionKind>(['controller', 'name', 'purposes', 'data_categories', 'sources', 'recipients', 'transfers', 'retention', 'security']);

function isTitleLike(block: Block): boolean {
  if (block.kind === 'list' || block.lines.length !== 1) return false;
  const text = block.text.trim();
  if (text.length > 120 || /[.,;:]$/u.test(text)) return false;
  return /rekisteri(?![\p{L}])|seloste|privacy (?:notice|policy)|\bregister\b/iu.test(text);
}

/** Where a block is a heading that does not map, whether it continues the section above it. */
function isSubheading(block: Block, section: Section): boolean {
  if (block.style === 'table') return false;
  if (block.style === 'loose') return true;
  return (block.level ?? 1) > (section.heading.level ?? 1);
}

/** Group blocks under their headings; a second register in the same file is split off whole. */
export function outline(blocks: readonly Block[]): Outline {
  const out: Outline = { front: [], sections: [], toc: [] };
  const seen = new Set<SectionKind>();
  let current: Section | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.toc) {
      out.toc.push(block);
      continue;
    }
    const kinds = block.kind === 'heading' ? classifyHeading(block.text) : [];
    if (current && seen.size >= 3 && (kinds.length === 0 || kinds[0] === 'title') && isTitleLike(block)) {
      const next = blocks.slice(i + 1, i + 5).find((b) => b.kind === 'heading' && classifyHeading(b.text).length > 0);
      const nextKind = next ? classifyHeading(next.text)[0] : undefined;
      if (nextKind && seen.has(nextKind)) {
        out.second = { title: block.text.trim(), line: block.line, blocks: blocks.slice(i) };
        break;
      }
    }
    if (block.kind !== 'heading') {
      if (current) current.blocks.push(block);
      else out.front.push(block);
      continue;
    }
    if (kinds.length === 0 || (kinds[0] === 'title' && kinds.length === 1)) {
      if (!current) {
        out.front.push(block);
        continue;
      }
      if (kinds.length === 0 && isSubheading(block, current)) {
        current.blocks.push(block);
        continue;
      }
      current = { kinds: kinds.length ? kinds : ['other'], heading: block, blocks: [] };
      out.sections.push(current);
      continue;
    }
    // "Rekisteröidyn oikeudet" followed by a heading per right: one section.
    if (current && kinds[0] === 'rights' && current.kinds[0] === 'rights') {
      current.blocks.push(block);
      continue;
    }
    current = { kinds, heading: block, blocks: [] };
    out.sections.push(current);
    if (REPEATABLE.has(kinds[0]!)) seen.add(kinds[0]!);
  }
  return out;
}
