/**
 * Transfers said under any heading, read when no section on transfers settled them: a country the data
 * are sent to ("servers in the United States", a provider's data "kan lagras … i USA"), a safeguard
 * named for transfers with no country, a denial of transfers without safeguards (which leaves the
 * others open), or that the data stay in the EU/EEA ("Henkilötietojen käsittely tapahtuu EU- ja
 * ETA-maiden alueella", "Uppgifterna behandlas inom EU/EES"), which says `transfers: none`.
 */
import { providersNamed } from '../../check/providers.js';
import { mechanismsIn } from '../../check/transfer-words.js';
import type { Transfer } from '../../types.js';
import type { Block } from '../document/block.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import { statements } from '../draft/units.js';
import type { Section } from '../outline.js';
import { countriesIn } from './countries.js';
import { hasException } from './exceptions.js';
import { giveGrounds, joinSection } from './section-transfers.js';
import { DENIED, deniesOnlyUnsafe, exceptedAsARule, NOT_TRANSFERRED, PRIMARILY, STAYS, TRANSFER_CUE, TRANSFERRED } from './transfer-sentences.js';
import { addTransfers } from './transfers.js';

/** "The data are sent to servers in the United States": a transfer, wherever it is said, in words of moving data. */
function stated(s: string): boolean {
  return TRANSFERRED.test(s) && countriesIn(s).length > 0 && !NOT_TRANSFERRED.test(s) && !DENIED.test(s);
}

/** A country in a safeguard's own name ("EU-US Data Privacy Framework", "EU–U.S. Privacy Shield"): no destination. */
const SAFEGUARD_NAME =
  /\bEU\s*[-–‑/]\s*(?:U\.?S\.?A?\.?|Yhdysvallat)\s*[-–‑]?\s*(?=(?:Data Privacy Framework|Privacy Shield|DPF|tietosuojakehy|dataskyddsramverk))|(?:EU:n ja Yhdysvaltojen|EU:n ja Yhdysvaltain|mellan EU och USA|between the EU and the US)/giu;
/** A use denied: "We do not use Google Analytics", "Emme käytä …", "Vi använder inte …". */
const USE_DENIED = /\b(?:do|does|will) not use\b|\b(?:don['’]t|doesn['’]t|never) use\b|(?<![\p{L}])(?:emme|ei|eivät) (?:\p{L}+ )?käytä(?![\p{L}])|(?<![\p{L}])använd(?:er|s) (?:\p{L}+ )?(?:inte|aldrig|ej)(?![\p{L}])/iu;

/**
 * "Data may be processed in the US under Standard Contractual Clauses", "Sentry | … | US (Standard Contractual
 * Clauses)": a country named as a fact with its safeguard, not only in the safeguard's name, not in a case or beside
 * a use denied ("We do not use Google Analytics, because … the EU-US Data Privacy Framework …").
 */
function statedWithSafeguard(s: string): boolean {
  if (!mechanismsIn(s).length || CONDITION.test(s) || USE_DENIED.test(s) || NOT_TRANSFERRED.test(s) || DENIED.test(s)) return false;
  return countriesIn(s.replace(SAFEGUARD_NAME, ' ')).length > 0;
}

/**
 * "Sker överföring utanför EU/EES använder vi standardavtalsklausuler", "Jos tietoja siirretään
 * EU/ETA-alueen ulkopuolelle, käytämme vakiosopimuslausekkeita", "Where data are transferred outside
 * the EEA, we rely on standard contractual clauses": a transfer without a country, its safeguard named
 * in it or in the sentence after it ("… kan behöva flytta information utanför EU. Om detta sker så
 * används standardiserade dataskyddsbestämmelser.").
 */
function withSafeguard(s: string, next = ''): boolean {
  return TRANSFER_CUE.test(s) && TRANSFERRED.test(s) && mechanismsIn(`${s} ${next}`).length > 0 && !NOT_TRANSFERRED.test(s) && !DENIED.test(s);
}

/** A condition anywhere in a sentence: "Jos tietoja siirretään …", "… mikäli vastaanottajan palvelin sijaitsee …", "Om uppgifter överförs …". */
const CONDITION = /(?<![\p{L}])(?:jos|mikäli|siltä osin kuin|if|where|in case|should|om|ifall|i den mån)(?![\p{L}])/iu;
/** A verb of moving data: a server or a storage named is not a transfer said. */
const MOVED = /siir[rt]\p{L}*|överför\p{L}*|flytta\p{L}*|transfer\p{L}*/iu;

/**
 * "Tietoja voidaan siirtää EU:n tai ETA:n ulkopuolelle", "Data may be transferred outside the EEA": a
 * transfer said plainly, without a country or a safeguard (not a promise of what holds if one is made,
 * nor what may happen if the person's own mail server stands outside).
 */
function plainly(s: string): boolean {
  return TRANSFER_CUE.test(s) && MOVED.test(s) && !CONDITION.test(s) && !NOT_TRANSFERRED.test(s) && !DENIED.test(s);
}

/** The sentences of a paragraph that state a transfer without a country, each with the next one when that names the safeguard. */
function unnamedIn(paragraph: readonly string[]): string[] {
  return paragraph.flatMap((s, i) => {
    if (deniesOnlyUnsafe(s)) return [s];
    if (withSafeguard(s)) return [s];
    const next = paragraph[i + 1];
    if (next !== undefined && withSafeguard(s, next)) return [s, next];
    return plainly(s) ? [s] : [];
  });
}

/**
 * The statements that state a transfer to a country, each with the sentence after it in its paragraph when that
 * names the safeguard and no country of its own ("Palvelimet voivat sijaita … Yhdysvalloissa. Mahdolliset EU:n
 * ulkopuoliset siirrot perustuvat … vakiosopimuslausekkeisiin.").
 */
function statedWithGround(blocks: readonly Block[], says: (s: string) => boolean): string[] {
  return blocks.flatMap((b) => {
    if (b.kind !== 'paragraph') return statements([b]).filter(says);
    const all = sentences(b.text);
    return all.flatMap((s, i) => {
      if (!says(s)) return [];
      const next = all[i + 1];
      const ground = next !== undefined && mechanismsIn(next).length > 0 && !countriesIn(next).length && !says(next);
      return [ground ? `${s} ${next}` : s];
    });
  });
}

/**
 * The transfer a statement says again: one to its one country, on its safeguard, of the one known provider it names
 * (a table's row after the sentence that said it: "processed in the US under Standard Contractual Clauses", then
 * "Sentry | … | US (Standard Contractual Clauses)"). A statement that names no known provider may be of another
 * ("our newsletter tool Postly in the United States"): it is a transfer of its own.
 */
function saidAgain(x: DraftState, s: string): Transfer | undefined {
  const countries = countriesIn(s);
  const providers = providersNamed(s).map((p) => p.toLowerCase());
  if (countries.length !== 1 || providers.length !== 1) return undefined;
  const mechanisms = mechanismsIn(s);
  return x.transfers.find((t) => {
    const same = t.mechanism === undefined || mechanisms.length === 0 || mechanisms.includes(t.mechanism);
    return t.country === countries[0] && same && `${t.recipient ?? ''} ${Object.values(t.description ?? {}).join(' ')}`.toLowerCase().includes(providers[0]!);
  });
}

/** Each statement a transfer, or, said again, the safeguard it names given to the transfer that lacked one. */
function addStated(x: DraftState, said: readonly string[]): void {
  for (const s of said) {
    const again = saidAgain(x, s);
    if (!again) addTransfers(x, s);
    else if (!again.mechanism && mechanismsIn(s).length) giveGrounds(x, [x.transfers.indexOf(again)], [s]);
  }
}

/**
 * A transfer to a country stated anywhere, in words of moving data or with its safeguard, is one, and beside it a
 * transfer said as a fact with its own safeguard and no country; else a paragraph that says the data stay in the
 * EU/EEA gives `transfers: none`; else a transfer with its safeguard, or a denial of transfers without safeguards, is
 * one without a country, which `seloste check` reports.
 */
/** A sentence that says data do not stay there: "does not take place only within the EU", "ei säilytetä vain EU:ssa". */
const NOT_SO =
  /\b(?:not|never)\s+(?:\p{L}+\s+){0,2}?(?:take|takes|taking|stored|kept|processed|located|hosted|held|remain|stay)\b|(?<![\p{L}])(?:ei|eivät)\s+(?:\p{L}+\s+){0,2}?(?:säilytetä|tallenneta|käsitellä|sijaitse)(?![\p{L}])|(?:lagras|sparas|behandlas|förvaras|finns)\s+(?:\p{L}+\s+)?(?:inte|aldrig)(?![\p{L}])/iu;

export function transferDenials(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  if (x.transfers.length || x.transfersNone || x.transfersOpen) return;
  // What comes before the first section counts too: a page of terms with its data protection part in it.
  const blocks = [...front, ...sections.flatMap((s) => s.blocks)];
  // A list item may be about one kind of data or one provider ("laskut säilytetään EU:n alueella"):
  // a country it names is a destination, but where it keeps data says nothing of the rest.
  const countries = statedWithGround(blocks, (s) => stated(s) || statedWithSafeguard(s));
  addStated(x, countries);
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => sentences(b.text));
  if (countries.length) {
    // Beside them, a transfer said as a fact with its own safeguard and no country ("Its servers are outside the
    // EU/EEA and the transfer is protected by standard contractual clauses"): one more, without a country.
    const more = [...new Set(paragraphs.flatMap(unnamedIn))].filter((s) => mechanismsIn(s).length && !CONDITION.test(s) && !deniesOnlyUnsafe(s) && !countries.some((c) => c.includes(s)));
    if (more.length) joinSection(x, { start: x.transfers.length, unnamed: more, copies: [] });
    return;
  }
  const all = paragraphs.flat();
  const said = all.filter((s) => (NOT_TRANSFERRED.test(s) || (STAYS.test(s) && !PRIMARILY.test(s) && !NOT_SO.test(s))) && !hasException(s) && !deniesOnlyUnsafe(s));
  if (said.length && !exceptedAsARule(said, all)) {
    x.transfersNone = true;
    x.remark(['transfers'], 'The original says:', said);
    return;
  }
  const unnamed = [...new Set(paragraphs.flatMap(unnamedIn))];
  if (unnamed.length) joinSection(x, { start: x.transfers.length, unnamed, copies: [] });
}
