// GDPR Art. 13(2)(a), 14(2)(a): how long the data are kept, or the concrete criteria that decide it.
import { defineRule } from '../check/rule.js';
import { textValues } from '../check/text.js';
import { findWords, listed, words } from '../check/words.js';

/**
 * "As long as necessary" without a period, an event or a law (WP260 Annex: a generic statement is not
 * enough). The phrase counts as vague only when tied to need or use, not to an event such as the end
 * of a contract.
 */
const AS_LONG_AS_NEEDED = [
  /\bniin\s+(?:kauan|pitkään)\s*,?\s*(?:kuin|kun)\b[^.]{0,120}?(?:tarpee|tarvi|tarvit|välttämät|käytössä|käyttötarkoitu|tarkoitukse)/iu,
  /\bkunnes\s+(?:niitä|tietoja|ne)?\s*(?:ei\s+enää\s+(?:tarvita|tarvitse)|eivät\s+ole\s+(?:enää\s+)?(?:tarpeen|tarpeellisia))/iu,
  /\b(?:for\s+)?as\s+long\s+as\b[^.]{0,80}?\b(?:necessary|needed|required|need|purpose)/iu,
  /\buntil\s+(?:they\s+are\s+|it\s+is\s+)?no\s+longer\s+(?:needed|necessary|required)/iu,
  /\bså\s+länge\s*(?:som)?\b[^.]{0,80}?(?:nödvändig|behöv|behov|ändamål)/iu,
  /\btills\s+(?:de|uppgifterna)?\s*inte\s+längre\s+behövs/iu,
];

/** Retention without an end: "toistaiseksi", "indefinitely", "tills vidare", "we do not delete". */
const OPEN_ENDED = words([
  // fi
  'toistaiseksi', 'pysyvästi', 'ikuisesti', 'ei poisteta', 'emme poista', 'ei hävitetä', 'emme hävitä', 'ei koskaan poisteta',
  // en
  'indefinitely', 'permanently', 'forever', 'do not delete', 'does not delete', 'are not deleted', 'is not deleted',
  'will not be deleted', 'never delete*', 'never be deleted',
  // sv
  'tills vidare', 'för alltid', 'permanent', 'raderas inte', 'raderas aldrig', 'tas inte bort', 'gallras inte', 'vi raderar inte',
]);

/** Rules referred to but not named: "ellei arkistointisäännöt muuta edellytä", "unless archiving rules require". */
const UNNAMED_RULES = words([
  'arkistointisään*', 'arkistosään*', 'arkistointiohje*', 'arkistonmuodostussuunnitelm*', 'lainsäädäntö toisin*', 'lainsäädäntö muuta*',
  'lainsäädännö* johtuv*', 'lakisääteisi* syi*', 'legal reasons', 'rättsliga skäl',
  'archiving rules', 'archival rules', 'archiving requirements', 'unless the law requires*', 'unless required by law',
  'arkivregler*', 'arkiveringsregler*', 'gallringsregler*', 'om inte lagen*',
]);

/** A statute named in a text: a number such as `1336/1997` or a law's name (`kirjanpitolaki`, `Arkivlagen`). */
const STATUTE = /\b\d{1,4}\/\d{4}\b|\p{L}+(?:laki|lain|lakiin|lagen|Laki|Lagen)\b|\b\p{Lu}\p{L}+ Act\b/u;

function isVague(text: string): boolean {
  return AS_LONG_AS_NEEDED.some((re) => re.test(text));
}

export default defineRule(
  {
    id: 'retention',
    articles: ['Art. 13(2)(a)', 'Art. 14(2)(a)', 'Art. 5(1)(e)'],
    severity: 'error',
    description: 'The register says how long each kind of data is kept: a period, a triggering event or a law, not just "as long as necessary", "indefinitely" or "unless archiving rules say otherwise".',
    messages: {
      missing: {
        en: 'Missing `retention`: say how long the data are kept, or the criteria that decide it, e.g. `period: P3Y` from the end of the customer relationship (Art. 13(2)(a))',
        fi: 'Puuttuu `retention`: kerro, kuinka kauan tietoja säilytetään tai millä perusteella säilytysaika määräytyy, esim. `period: P3Y` asiakassuhteen päättymisestä (13 art. 2 a)',
      },
      openEnded: {
        en: 'Retention is open-ended ({found}): give a `period`, the `trigger` it counts from, or the `law` that requires keeping the data longer (Art. 13(2)(a), Art. 5(1)(e))',
        fi: 'Säilytysaika on avoin ({found}): anna säilytysaika `period`, sen alkamishetki `trigger` tai laki `law`, joka velvoittaa säilyttämään tiedot pidempään (13 art. 2 a, 5 art. 1 e)',
      },
      unnamedRules: {
        en: 'Retention refers to rules it does not name ({found}): name the law or the archive decision in `law` (Art. 13(2)(a))',
        fi: 'Säilytysajassa viitataan sääntöihin nimeämättä niitä ({found}): nimeä laki tai arkistointipäätös kentässä `law` (13 art. 2 a)',
      },
      vague: {
        en: 'Retention says only that data are kept as long as necessary: give a `period`, the `trigger` it counts from or the `law` that sets it (Art. 13(2)(a))',
        fi: 'Säilytysajasta kerrotaan vain, että tietoja säilytetään niin kauan kuin on tarpeen: anna säilytysaika `period`, sen alkamishetki `trigger` tai säilytysvelvoitteen laki `law` (13 art. 2 a)',
      },
      empty: {
        en: 'Retention item says nothing: give a `period`, a `trigger`, a `law` or the criteria in `description` (Art. 13(2)(a))',
        fi: 'Säilytysaikakohta on tyhjä: anna `period`, `trigger`, `law` tai kriteerit kentässä `description` (13 art. 2 a)',
      },
      unknownId: {
        en: 'Retention applies to `{id}`, but no purpose or data category has that `id`, expected one of {ids} (Art. 13(2)(a))',
        fi: 'Säilytysaika koskee tunnistetta `{id}`, mutta millään käsittelyn tarkoituksella tai henkilötietoryhmällä ei ole sitä, odotettiin yhtä tunnisteista {ids} (13 art. 2 a)',
      },
      noIds: {
        en: 'Retention applies to `{id}`, but no purpose or data category has an `id` to refer to: give them ids (Art. 13(2)(a))',
        fi: 'Säilytysaika koskee tunnistetta `{id}`, mutta millään käsittelyn tarkoituksella tai henkilötietoryhmällä ei ole tunnistetta `id`: lisää ne (13 art. 2 a)',
      },
      uncovered: {
        en: 'Retention covers only {covered}: say how long the other data are kept ({uncovered}), or add an item without `applies_to` (Art. 13(2)(a))',
        fi: 'Säilytysaika on kerrottu vain kohteille {covered}: kerro myös muiden tietojen säilytysaika ({uncovered}) tai lisää kohta ilman kenttää `applies_to` (13 art. 2 a)',
      },
    },
  },
  ({ register, report }) => {
    const retention = register.retention;
    if (!retention) {
      report([], 'missing');
      return;
    }
    const purposes = register.purposes ?? [];
    const categories = register.data_categories ?? [];
    const purposeIds = purposes.flatMap((p) => (p.id ? [p.id] : []));
    const categoryIds = categories.flatMap((c) => (c.id ? [c.id] : []));
    const known = new Set([...purposeIds, ...categoryIds]);
    const covered = new Set<string>();
    let catchAll = false;

    retention.forEach((item, i) => {
      const at = ['retention', i];
      if (!item.applies_to) catchAll = true;
      item.applies_to?.forEach((id, j) => {
        if (known.has(id)) covered.add(id);
        else if (known.size) report([...at, 'applies_to', j], 'unknownId', { id, ids: listed([...known]) });
        else report([...at, 'applies_to', j], 'noIds', { id });
      });
      const texts = textValues(item.description);
      if (!item.law) {
        const open = item.period ? [] : texts.flatMap((t) => findWords(t, OPEN_ENDED));
        const unnamed = texts.flatMap((t) => (STATUTE.test(t) ? [] : findWords(t, UNNAMED_RULES)));
        if (open.length) report(at, 'openEnded', { found: listed(open) });
        else if (unnamed.length) report(at, 'unnamedRules', { found: listed(unnamed) });
        if (open.length || unnamed.length) return;
      }
      if (item.period || item.trigger || item.law) return;
      if (texts.length === 0) report(at, 'empty');
      else if (texts.some(isVague)) report(at, 'vague');
    });

    // Without a catch-all item, every purpose or every data category must have its own.
    if (catchAll || covered.size === 0) return;
    const allPurposes = purposes.length > 0 && purposes.every((p) => p.id && covered.has(p.id));
    const allCategories = categories.length > 0 && categories.every((c) => c.id && covered.has(c.id));
    if (allPurposes || allCategories) return;
    const usesPurposes = purposeIds.some((id) => covered.has(id));
    const rest = usesPurposes
      ? purposes.map((p, i) => (p.id && covered.has(p.id) ? undefined : p.id ?? `${i + 1}`))
      : categories.map((c, i) => (c.id && covered.has(c.id) ? undefined : c.id ?? `${i + 1}`));
    const uncovered = rest.filter((x): x is string => x !== undefined);
    if (uncovered.length) report(['retention'], 'uncovered', { covered: listed([...covered]), uncovered: listed(uncovered) }, 'key');
  },
);
