// GDPR Art. 13(2)(a), 14(2)(a): how long the data are kept, or the concrete criteria that decide it.
import { defineRule } from '../check/rule.js';
import { sentences, textValues } from '../check/text.js';
import { AS_LONG_AS_NEEDED, ELSEWHERE, noMaximum, openEnded, REVIEWED, speaksOfTime, statesMaximum, UNLIMITED, unnamedRules } from '../check/retention-words.js';
import { findWords, listed } from '../check/words.js';
import type { Retention } from '../types.js';

/** Words of a law: "as long as the law requires" is about rules, reported as rules not named, not as vagueness. */
const LAW_WORDS = /(?<!\p{L})(?:la(?:ki|in|kia|kien|it)|lainsäädän\p{L}*|lag(?:en|ar|stiftning\p{L}*)?|laws?|legislation|statut\p{L}*)(?!\p{L})/iu;

/**
 * A deletion tied to the event that ends the need: "Data is deleted when the person's right to use
 * the application ends", "Tiedot poistetaan, kun jäsenyys päättyy", "Uppgifterna raderas när kontot avslutas".
 */
const DELETED_WHEN =
  /(?<!\p{L})(?:deleted|removed|erased|destroyed|anonymi[sz]ed|poistetaan|hävitetään|anonymisoidaan|raderas|tas bort|gallras|förstörs|anonymiseras),?\s+(?:[\p{L},]+\s+){0,3}?(?:when|once|as soon as|after|kun|heti kun|sen jälkeen kun|när|så snart|efter att)(?!\p{L})/iu;

/**
 * The need spelled out as the task that ends it: "så länge den behövs för ändamålet, dvs för att besvara din fråga
 * eller hantera ett pågående uppdrag", "niin kauan kuin on tarpeen, eli kysymykseesi vastaamiseksi", "as long as
 * needed, that is, to answer your question": a criterion (Art. 13(2)(a)).
 */
const SPELLED_OUT =
  /(?:,\s*|\s)(?:dvs\.?|d\.v\.s\.|det vill säga|eli|toisin sanoen|i\.e\.|that is)[,\s]+(?:för att|jotta|to|until|tills|kunnes|(?:\p{L}+\s+){0,2}\p{L}+(?:miseksi|mäksi)(?!\p{L}))/iu;

/** "As long as necessary", with no figure that limits it, no law that sets it and no event that ends it. */
function isVague(text: string): boolean {
  // A deletion whose event is only that the data are no longer needed ("hävitetään, kun ne eivät enää ole tarpeellisia") names no event.
  const event = AS_LONG_AS_NEEDED.reduce((t, re) => t.replace(re, ' '), text);
  return AS_LONG_AS_NEEDED.some((re) => re.test(text)) && !statesMaximum(text) && !LAW_WORDS.test(text) && !DELETED_WHEN.test(event) && !SPELLED_OUT.test(text);
}

/**
 * A time or an event said: a figure or a number word, a unit of time, "asiakassuhteen ajan", "asiakkuuden
 * päättyessä", "under kundförhållandet", "vid medlemskapets upphörande", "for the duration of", "upon termination".
 */
const CONCRETE =
  /\d|(?<!\p{L})(?:ajan|aikana|kestäessä|kunnes|asti|saakka|jälkeen|kuluttua|päättyessä|päätyttyä|päättymi\p{L}*|vuo[dts]\p{L}*|kuukau\p{L}*|viiko\p{L}*|päivä\p{L}*|yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kymmenen|under|tills|efter|upphör\p{L}*|slut|år|månad\p{L}*|veck\p{L}*|dag\p{L}*|två|tre|fyra|fem|sex|sju|tio|duration|during|until|after|upon|end|termination|years?|months?|weeks?|days?|two|three|four|five|six|seven|ten|while)(?!\p{L})/iu;

/** A sentence about the data themselves, not about access rights or systems reviewed ("Käyttöoikeudet tarkastetaan säännöllisesti"). */
const OF_DATA = /tied|tieto|rekister|tarpe|uppgift|register|behov|\bdata\b|information|\bneed/iu;
const NOT_DATA = /käyttöoikeu|pääsyoikeu|järjestelm|behörighet|åtkomst|access rights|systems?\b|permissions/iu;

/** The review said of the data, when it is all the text says of time: "katselmoidaan säännöllisesti ja poistetaan, ellei …". */
function reviewedOnly(text: string): string[] {
  if (CONCRETE.test(REVIEWED.reduce((t, re) => t.replace(re, ' '), text))) return [];
  return sentences(text).filter((s) => OF_DATA.test(s) && !NOT_DATA.test(s)).flatMap((s) => REVIEWED.flatMap((re) => re.exec(s)?.[0] ?? []));
}

/**
 * The first item, general, with neither time nor law, before items that give them ("We retain your data
 * as long as necessary …", then "Account data: until account deletion + 30 days", "Kundavtal: 7 år
 * (bokföringslagens krav)"): it leads into them, which say what it leaves open: the two items right
 * after it each with a time or a law and no `applies_to`, and, for rules it leaves unnamed, a later item
 * that names its law.
 */
function leadsIntoSpecifics(retention: readonly Retention[], i: number, needsLaw: boolean): boolean {
  const later = retention.slice(i + 1);
  // Items tied to data by `applies_to` leave the first item to say how long the rest are kept: it is their catch-all, no lead-in.
  const specific = (r: Retention | undefined): boolean => Boolean(r && !r.applies_to && (r.period || r.trigger || r.law));
  if (i !== 0 || !specific(later[0]) || !specific(later[1]) || textValues(retention[0]!.description).some((t) => OTHERS.test(t))) return false;
  return !needsLaw || later.some((r) => r.law || textValues(r.description).some((t) => NAMED_LAW.test(t)));
}

/** A law named by its name: "kirjanpitolaki", "bokföringslagens krav", "the Accounting Act"; not "underlagen", "förslagen", "The Act". */
const NAMED_LAW =
  /\p{L}{3,}(?:laki|lain|lakia|lakien)(?!\p{L})|(?<!\p{L})(?!(?:[Uu]nder|[Ff]örs|[Aa]ns|[Bb]es|[Uu]pp|[Oo]m|[Pp]å|[Tt]ill|[Ii]n|[Uu]t)lag)\p{L}{3,}s?lag(?:en|ens|ar)(?!\p{L})|(?<!\p{L})(?!The\s)\p{Lu}\p{L}+ Act(?!\p{L})/u;

/** A catch-all for the data the items after it do not name: "All other data", "Muut tiedot", "Övriga uppgifter". */
const OTHERS = /(?<!\p{L})(?:other|others|rest|remaining|muut|muita|muiden|loput|övriga|andra|resten)(?!\p{L})/iu;

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
        sv: '`retention` saknas: ange hur länge uppgifterna lagras, eller de kriterier som avgör det, t.ex. `period: P3Y` från kundförhållandets slut (artikel 13.2 a)',
      },
      openEnded: {
        en: 'Retention is open-ended ({found}): give a `period`, the `trigger` it counts from, or the `law` that requires keeping the data longer (Art. 13(2)(a), Art. 5(1)(e))',
        fi: 'Säilytysaika on avoin ({found}): anna säilytysaika `period`, sen alkamishetki `trigger` tai laki `law`, joka velvoittaa säilyttämään tiedot pidempään (13 art. 2 a, 5 art. 1 e)',
        sv: 'Lagringstiden är öppen ({found}): ange en `period`, den händelse (`trigger`) som den räknas från eller den lag (`law`) som kräver att uppgifterna lagras längre (artikel 13.2 a och 5.1 e)',
      },
      noMaximum: {
        en: 'Retention has no maximum ({found}): give the longest time the data are kept in `period`, or the `law` that requires keeping them longer (Art. 13(2)(a), Art. 5(1)(e))',
        fi: 'Säilytysajalle ei ole ylärajaa ({found}): anna pisin säilytysaika kenttään `period` tai laki `law`, joka velvoittaa säilyttämään tiedot pidempään (13 art. 2 a, 5 art. 1 e)',
        sv: 'Lagringstiden har ingen övre gräns ({found}): ange den längsta tid uppgifterna lagras i `period`, eller den lag (`law`) som kräver att de lagras längre (artikel 13.2 a och 5.1 e)',
      },
      unnamedRules: {
        en: 'Retention refers to rules it does not name ({found}): name the law or the archive decision in `law` (Art. 13(2)(a))',
        fi: 'Säilytysajassa viitataan sääntöihin nimeämättä niitä ({found}): nimeä laki tai arkistointipäätös kentässä `law` (13 art. 2 a)',
        sv: 'Lagringstiden hänvisar till regler som den inte namnger ({found}): namnge lagen eller arkivbeslutet i `law` (artikel 13.2 a)',
      },
      elsewhere: {
        en: 'Retention is left to another document or another party’s own practice ({found}): say in the notice itself how long the data are kept, or the criteria that decide it (Art. 13(2)(a))',
        fi: 'Säilytysaika jätetään toisen asiakirjan tai toisen tahon omien käytäntöjen varaan ({found}): kerro selosteessa itsessään, kuinka kauan tietoja säilytetään tai millä perusteilla aika määräytyy (13 art. 2 a)',
        sv: 'Lagringstiden överlåts åt ett annat dokument eller en annan parts egna rutiner ({found}): ange i själva beskrivningen hur länge uppgifterna lagras, eller de kriterier som avgör det (artikel 13.2 a)',
      },
      vague: {
        en: 'Retention says only that data are kept as long as necessary: give a `period`, the `trigger` it counts from or the `law` that sets it (Art. 13(2)(a))',
        fi: 'Säilytysajasta kerrotaan vain, että tietoja säilytetään niin kauan kuin on tarpeen: anna säilytysaika `period`, sen alkamishetki `trigger` tai säilytysvelvoitteen laki `law` (13 art. 2 a)',
        sv: 'Om lagringstiden sägs bara att uppgifterna lagras så länge det behövs: ange en `period`, den händelse (`trigger`) som den räknas från eller den lag (`law`) som fastställer den (artikel 13.2 a)',
      },
      reviewed: {
        en: 'Retention says only that the data are reviewed from time to time ({found}): give a `period`, the `trigger` it counts from, a `law`, or the criteria that decide it (Art. 13(2)(a))',
        fi: 'Säilytyksestä kerrotaan vain, että tiedot tarkistetaan ajoittain ({found}): anna säilytysaika `period`, sen alkamishetki `trigger`, laki `law` tai perusteet, joilla aika määräytyy (13 art. 2 a)',
        sv: 'Om lagringen sägs bara att uppgifterna ses över då och då ({found}): ange en `period`, den händelse (`trigger`) som den räknas från, en lag (`law`) eller de kriterier som avgör tiden (artikel 13.2 a)',
      },
      noTime: {
        en: 'Retention says nothing of how long the data are kept: give a `period`, the `trigger` it counts from, a `law`, or the criteria that decide it (Art. 13(2)(a))',
        fi: 'Säilytysajasta ei kerrota, kuinka kauan tietoja säilytetään: anna säilytysaika `period`, sen alkamishetki `trigger`, laki `law` tai kriteerit, joilla aika määräytyy (13 art. 2 a)',
        sv: 'Om lagringstiden sägs inte hur länge uppgifterna lagras: ange en `period`, den händelse (`trigger`) som den räknas från, en `law` eller de kriterier som avgör den (artikel 13.2 a)',
      },
      empty: {
        en: 'Retention item says nothing: give a `period`, a `trigger`, a `law` or the criteria in `description` (Art. 13(2)(a))',
        fi: 'Säilytysaikakohta on tyhjä: anna `period`, `trigger`, `law` tai kriteerit kentässä `description` (13 art. 2 a)',
        sv: 'Punkten om lagringstid säger ingenting: ange `period`, `trigger`, `law` eller kriterierna i `description` (artikel 13.2 a)',
      },
      unknownId: {
        en: 'Retention applies to `{id}`, but no purpose or data category has that `id`, expected one of {ids} (Art. 13(2)(a))',
        fi: 'Säilytysaika koskee tunnistetta `{id}`, mutta millään käsittelyn tarkoituksella tai henkilötietoryhmällä ei ole sitä, odotettiin yhtä tunnisteista {ids} (13 art. 2 a)',
        sv: 'Lagringstiden gäller `{id}`, men inget ändamål och ingen kategori av personuppgifter har det `id`, väntade ett av {ids} (artikel 13.2 a)',
      },
      noIds: {
        en: 'Retention applies to `{id}`, but no purpose or data category has an `id` to refer to: give them ids (Art. 13(2)(a))',
        fi: 'Säilytysaika koskee tunnistetta `{id}`, mutta millään käsittelyn tarkoituksella tai henkilötietoryhmällä ei ole tunnistetta `id`: lisää ne (13 art. 2 a)',
        sv: 'Lagringstiden gäller `{id}`, men inget ändamål och ingen kategori av personuppgifter har ett `id` att hänvisa till: ge dem id (artikel 13.2 a)',
      },
      uncovered: {
        en: 'Retention covers only {covered}: say how long the other data are kept ({uncovered}), or add an item without `applies_to` (Art. 13(2)(a))',
        fi: 'Säilytysaika on kerrottu vain kohteille {covered}: kerro myös muiden tietojen säilytysaika ({uncovered}) tai lisää kohta ilman kenttää `applies_to` (13 art. 2 a)',
        sv: 'Lagringstiden täcker bara {covered}: ange hur länge de övriga uppgifterna lagras ({uncovered}), eller lägg till en punkt utan `applies_to` (artikel 13.2 a)',
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
      // A sentence that keeps data without a limit in time is open-ended even beside a period or a law that sets the time of other data ("… 5 vuotta. … esteellisyyden selvittämiseksi ilman ajallista rajoitusta.").
      const unlimited = item.law || item.period ? texts.flatMap((t) => sentences(t).filter((s) => !statesMaximum(s)).flatMap((s) => findWords(s, UNLIMITED))) : [];
      if (unlimited.length) {
        report(at, 'openEnded', { found: listed(unlimited) });
        return;
      }
      if (!item.law) {
        const open = item.period ? [] : texts.flatMap(openEnded);
        const unnamed = texts.flatMap(unnamedRules);
        const unlimited = texts.flatMap((t) => noMaximum(t, item.period !== undefined));
        const elsewhere = item.period || item.trigger ? [] : texts.flatMap((t) => findWords(t, ELSEWHERE));
        if (elsewhere.length) report(at, 'elsewhere', { found: listed(elsewhere) });
        else if (open.length) report(at, 'openEnded', { found: listed(open) });
        else if (unnamed.length && !leadsIntoSpecifics(retention, i, true)) report(at, 'unnamedRules', { found: listed(unnamed) });
        else if (unlimited.length) report(at, 'noMaximum', { found: listed([...new Set(unlimited)]) });
        if (elsewhere.length || open.length || unnamed.length || unlimited.length) return;
      }
      if (item.period || item.trigger || item.law) return;
      const reviewed = texts.flatMap(reviewedOnly);
      if (texts.length === 0) report(at, 'empty');
      else if (texts.some(isVague) && !leadsIntoSpecifics(retention, i, false)) report(at, 'vague');
      else if (reviewed.length) report(at, 'reviewed', { found: listed(reviewed) });
    });

    // Items that say nothing of time at all (where the data are kept, how they are protected) leave it unsaid.
    if (retention.length && retention.every((item) => !item.period && !item.trigger && !item.law && textValues(item.description).every((t) => !speaksOfTime(t)))) {
      report(['retention'], 'noTime', {}, 'key');
    }

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
