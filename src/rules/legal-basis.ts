// GDPR Art. 13(1)(c), 14(1)(c): every purpose is stated with its legal basis under Art. 6(1); a public
// authority cannot rest the performance of its tasks on legitimate interests (Art. 6(1), second subparagraph).
import { defineRule, type RuleContext } from '../check/rule.js';
import { textValues } from '../check/text.js';
import { isEea } from '../data/data.js';
import type { Purpose, Register } from '../types.js';

function label(purpose: Purpose, i: number): string {
  return purpose.id ? `\`${purpose.id}\`` : `${i + 1}`;
}

/** Bases under which the law itself requires the processing. */
const BY_LAW = new Set(['legal_obligation', 'public_task']);

/**
 * A retention period a law sets ("7 år enligt bokföringslagen") is a processing of its own the law
 * requires: a register none of whose purposes rests on a legal obligation or public task leaves its basis unsaid.
 */
function reportRetentionLaw(register: Register, listed: readonly string[], report: RuleContext['report']): void {
  const purposes = register.purposes ?? [];
  if (!purposes.length || listed.some((b) => BY_LAW.has(b)) || purposes.some((p) => p?.legal_basis && BY_LAW.has(p.legal_basis))) return;
  // A law of a country outside the EEA is no legal obligation under Art. 6(3): such a controller keeps the records on another basis.
  const country = register.controller?.country;
  if (country && !isEea(country)) return;
  // Data kept for a purpose that names its own basis ("accounting" on legitimate interests) have theirs.
  const based = new Set(purposes.flatMap((p) => (p?.id && p.legal_basis ? [p.id] : [])));
  const i = (register.retention ?? []).findIndex((r) => r?.law && !(r.applies_to ?? []).some((id) => based.has(id)));
  const law = i >= 0 ? register.retention![i]!.law : undefined;
  if (law) report(['retention', i, 'law'], 'retentionLaw', { law: textValues(law)[0] ?? '' }, 'key');
}

export default defineRule(
  {
    id: 'legal-basis',
    articles: ['Art. 13(1)(c)', 'Art. 14(1)(c)', 'Art. 6(1)'],
    severity: 'error',
    description: 'Every purpose of the processing names its own legal basis under Art. 6(1), one a public authority may use.',
    messages: {
      noPurposes: {
        en: 'Missing `purposes`: the notice must say what the data are used for and on what legal basis (Art. 13(1)(c))',
        fi: 'Puuttuu `purposes`: selosteen on kerrottava käsittelyn tarkoitukset ja oikeusperuste (13 art. 1 c)',
        sv: '`purposes` saknas: beskrivningen måste ange vad uppgifterna används till och på vilken rättslig grund (artikel 13.1 c)',
      },
      missing: {
        en: 'Missing `legal_basis` for purpose {n}, expected one of `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests` (Art. 13(1)(c))',
        fi: 'Tarkoitukselta {n} puuttuu `legal_basis`, odotettiin yhtä arvoista `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests` (13 art. 1 c)',
        sv: '`legal_basis` saknas för ändamål {n}, väntade ett av `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests` (artikel 13.1 c)',
      },
      missingMany: {
        en: 'Missing `legal_basis` for purposes {list}, expected one of `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests` for each (Art. 13(1)(c))',
        fi: 'Tarkoituksilta {list} puuttuu `legal_basis`, odotettiin kullekin yhtä arvoista `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests` (13 art. 1 c)',
        sv: '`legal_basis` saknas för ändamålen {list}, väntade ett av `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests` för vart och ett (artikel 13.1 c)',
      },
      lawMissing: {
        en: 'Purpose {n} rests on `{basis}` but does not name the law in `law` (Art. 6(3))',
        fi: 'Tarkoitus {n} perustuu arvoon `{basis}`, mutta `law` ei nimeä lakia (6 art. 3)',
        sv: 'Ändamål {n} grundar sig på `{basis}` men anger inte lagen i `law` (artikel 6.3)',
      },
      lawOnly: {
        en: 'Purpose {n} names a law but no `legal_basis`: a statute is not itself a basis under Art. 6(1); processing the law requires is `legal_obligation` (6(1)(c)), and an authority’s task set by law is `public_task` (6(1)(e)) (Art. 13(1)(c))',
        fi: 'Tarkoitukselle {n} on nimetty laki mutta ei oikeusperustetta `legal_basis`: laki ei itse ole 6 artiklan 1 kohdan peruste; lain edellyttämä käsittely on `legal_obligation` (6 art. 1 c) ja viranomaisen laissa säädetty tehtävä `public_task` (6 art. 1 e) (13 art. 1 c)',
        sv: 'Ändamål {n} anger en lag men ingen `legal_basis`: en lag är inte i sig en rättslig grund enligt artikel 6.1; behandling som lagen kräver är `legal_obligation` (6.1 c), och en myndighets uppgift som fastställts i lag är `public_task` (6.1 e) (artikel 13.1 c)',
      },
      notMapped: {
        en: 'Bases {bases} are listed, but not which covers which purpose: give each purpose its own `legal_basis` (Art. 13(1)(c))',
        fi: 'Oikeusperusteet {bases} luetellaan, mutta ei sitä, mikä niistä koskee mitäkin tarkoitusta: anna jokaiselle tarkoitukselle oma `legal_basis` (13 art. 1 c)',
        sv: 'De rättsliga grunderna {bases} räknas upp, men inte vilken som gäller vilket ändamål: ge varje ändamål en egen `legal_basis` (artikel 13.1 c)',
      },
      publicAuthority: {
        en: 'Purpose {n} of a public authority rests on `legitimate_interests`, which an authority cannot use in the performance of its tasks: use `public_task` or `legal_obligation` with its law, or, if the purpose lies outside the authority’s public tasks, say so with `outside_public_tasks: true` (Art. 6(1), second subparagraph)',
        fi: 'Viranomaisen tarkoitus {n} perustuu oikeutettuun etuun `legitimate_interests`, jota viranomainen ei voi käyttää tehtäviään hoitaessaan: käytä perustetta `public_task` tai `legal_obligation` ja nimeä laki, tai jos tarkoitus on viranomaisen julkisten tehtävien ulkopuolella, kerro se merkinnällä `outside_public_tasks: true` (6 art. 1 kohdan toinen alakohta)',
        sv: 'Ändamål {n} hos en myndighet grundar sig på `legitimate_interests`, som en myndighet inte kan använda när den fullgör sina uppgifter: använd `public_task` eller `legal_obligation` med lagen, eller, om ändamålet ligger utanför myndighetens offentliga uppgifter, ange det med `outside_public_tasks: true` (artikel 6.1 andra stycket)',
      },
      retentionLaw: {
        en: 'Data are kept as `{law}` requires, but no purpose rests on `legal_obligation`: keeping what the law requires is a purpose of its own, with that basis and the law (Art. 13(1)(c), 6(1)(c))',
        fi: 'Tietoja säilytetään lain `{law}` vaatimalla tavalla, mutta mikään tarkoitus ei perustu lakisääteiseen velvoitteeseen `legal_obligation`: lain vaatima säilyttäminen on oma tarkoituksensa, jolla on tämä peruste ja laki (13 art. 1 c, 6 art. 1 c)',
        sv: 'Uppgifterna sparas så som `{law}` kräver, men inget ändamål grundar sig på `legal_obligation`: att spara det lagen kräver är ett eget ändamål, med den rättsliga grunden och lagen (artikel 13.1 c, 6.1 c)',
      },
      publicAuthorityBases: {
        en: 'A public authority lists `legitimate_interests` in `legal_bases`, which an authority cannot use in the performance of its tasks: give each purpose its own basis, and `legitimate_interests` only to a purpose outside the authority’s public tasks, marked `outside_public_tasks: true` (Art. 6(1), second subparagraph)',
        fi: 'Viranomaisen oikeusperusteissa `legal_bases` on oikeutettu etu `legitimate_interests`, jota viranomainen ei voi käyttää tehtäviään hoitaessaan: anna jokaiselle tarkoitukselle oma peruste, ja `legitimate_interests` vain viranomaisen julkisten tehtävien ulkopuoliselle tarkoitukselle merkinnällä `outside_public_tasks: true` (6 art. 1 kohdan toinen alakohta)',
        sv: 'En myndighet anger `legitimate_interests` i `legal_bases`, som en myndighet inte kan använda när den fullgör sina uppgifter: ge varje ändamål en egen rättslig grund, och `legitimate_interests` endast åt ett ändamål utanför myndighetens offentliga uppgifter, märkt med `outside_public_tasks: true` (artikel 6.1 andra stycket)',
      },
    },
  },
  ({ register, report }) => {
    const purposes = register.purposes;
    const listed = Array.isArray(register.legal_bases) ? register.legal_bases : [];
    // One finding for the whole list: each purpose lacks the same thing, the pairing. One basis
    // listed covers every purpose without its own, unless one of them names a law of its own.
    const unpaired = (purposes ?? []).filter((p) => !p.legal_basis);
    // One basis listed beside purposes that rest on another of their own is no longer the one basis of the rest.
    const used = [...new Set([...listed, ...(purposes ?? []).flatMap((p) => (p.legal_basis ? [p.legal_basis] : []))])];
    const ambiguous = listed.length > 1 || (listed.length === 1 && (unpaired.some((p) => p.law) || used.length > 1));
    if (ambiguous && (unpaired.length || !purposes)) report(['legal_bases'], 'notMapped', { bases: used.map((b) => `\`${b}\``).join(', ') }, 'key');
    if (!purposes) {
      if (listed.length < 2) report([], 'noPurposes');
      return;
    }
    const authority = register.controller?.public_authority === true;
    if (authority && listed.includes('legitimate_interests')) report(['legal_bases'], 'publicAuthorityBases', {}, 'key');
    // Purposes with nothing that says their basis: one finding for all of them, not one each.
    const bare = listed.length ? [] : purposes.map((p, i) => [p, i] as const).filter(([p]) => p && !p.legal_basis && !p.law);
    if (bare.length === 1) report(['purposes', bare[0]![1]], 'missing', { n: label(...bare[0]!) });
    if (bare.length > 1) report(['purposes'], 'missingMany', { list: bare.map(([p, i]) => label(p, i)).join(', ') }, 'key');
    reportRetentionLaw(register, listed, report);
    purposes.forEach((purpose, i) => {
      if (!purpose) return;
      const n = label(purpose, i);
      if (!purpose.legal_basis) {
        if (purpose.law) report(['purposes', i, 'law'], 'lawOnly', { n }, 'key');
      } else if ((purpose.legal_basis === 'legal_obligation' || purpose.legal_basis === 'public_task') && !purpose.law) {
        report(['purposes', i, 'legal_basis'], 'lawMissing', { n, basis: purpose.legal_basis });
      } else if (purpose.legal_basis === 'legitimate_interests' && authority && purpose.outside_public_tasks !== true) {
        report(['purposes', i, 'legal_basis'], 'publicAuthority', { n });
      }
    });
  },
);
