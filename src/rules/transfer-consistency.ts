// GDPR Art. 13(1)(f), 14(1)(f), 5(1)(a): the transfers the notice declares match where its recipients are.
import { defineRule } from '../check/rule.js';
import { allTexts } from '../check/text.js';
import { clauses, conditionalWords, onlyConditionalTransfers } from '../check/conditional-transfer.js';
import { EEA, EU_BOUNDARY, NEGATION } from '../check/transfer-words.js';
import { findWords, languageVersions, listed, mayMatch } from '../check/words.js';
import { isEea } from '../data/data.js';
import type { PathSegment } from '../load/yaml-ast.js';

/**
 * "Not outside the EU" where the free-flow area is the EEA (the EU, Iceland, Liechtenstein, Norway):
 * the words of a sentence that denies movement past the EU and never names the EEA.
 */
function euBoundary(value: string): string[] {
  if (!mayMatch(value, EU_BOUNDARY) || findWords(value, EEA).length) return [];
  for (const sentence of clauses(value)) {
    const found = findWords(sentence, EU_BOUNDARY);
    if (found.length && findWords(sentence, NEGATION).length) return found;
  }
  return [];
}

/** A company name as compared: case and spacing aside. */
function sameName(name: string | undefined): string | undefined {
  return name?.trim().replace(/\s+/g, ' ').toLowerCase();
}

export default defineRule(
  {
    id: 'transfer-consistency',
    articles: ['Art. 13(1)(f)', 'Art. 14(1)(f)', 'Art. 5(1)(a)'],
    severity: 'error',
    description: 'The register says whether data leave the EEA, declares a transfer for every recipient, tool or group company outside it other than the controller itself, and, when it lists none, does not describe them as conditional ("unless technically necessary").',
    messages: {
      missing: {
        en: 'Missing `transfers`: say `transfers: none` when no data leave the EEA, or list each transfer (Art. 13(1)(f))',
        fi: 'Puuttuu `transfers`: kirjoita `transfers: none`, jos tietoja ei siirretä ETA-alueen ulkopuolelle, tai luettele siirrot (13 art. 1 f)',
        sv: '`transfers` saknas: skriv `transfers: none` om inga uppgifter lämnar EES, eller ange varje överföring (artikel 13.1 f)',
      },
      saysNone: {
        en: '`{name}` is in `{country}`, outside the EEA, but `transfers` says `none`: declare the transfer with its mechanism (Art. 13(1)(f))',
        fi: '`{name}` sijaitsee ETA-alueen ulkopuolella (`{country}`), mutta `transfers` on `none`: ilmoita siirto ja sen peruste (13 art. 1 f)',
        sv: '`{name}` finns i `{country}`, utanför EES, men `transfers` är `none`: ange överföringen och dess grund (artikel 13.1 f)',
      },
      conditional: {
        en: 'A transfer outside the EEA is described as conditional ({found}): remove the condition from the text and name each country, recipient and transfer mechanism in `transfers`, or write `transfers: none` (Art. 13(1)(f))',
        fi: 'Siirto ETA-alueen ulkopuolelle on kuvattu ehdolliseksi ({found}): poista ehto tekstistä ja nimeä kohdassa `transfers` jokainen maa, vastaanottaja ja siirtoperuste, tai kirjoita `transfers: none` (13 art. 1 f)',
        sv: 'En överföring utanför EES beskrivs som villkorlig ({found}): ta bort villkoret ur texten och ange varje land, mottagare och överföringsgrund i `transfers`, eller skriv `transfers: none` (artikel 13.1 f)',
      },
      euOnly: {
        en: 'The text draws the line at the EU ({found}), but data flow freely in the whole EEA and the transfer rules apply outside it: say `outside the EEA` (the EU, Iceland, Liechtenstein and Norway) (Art. 13(1)(f))',
        fi: 'Tekstissä raja vedetään EU:hun ({found}), mutta tiedot liikkuvat vapaasti koko ETA-alueella ja siirtosäännöt koskevat sen ulkopuolta: kirjoita `ETA-alueen ulkopuolelle` (EU, Islanti, Liechtenstein ja Norja) (13 art. 1 f)',
        sv: 'Texten drar gränsen vid EU ({found}), men uppgifter rör sig fritt inom hela EES och reglerna om överföring gäller utanför det: skriv `utanför EES` (EU, Island, Liechtenstein och Norge) (artikel 13.1 f)',
        severity: 'warn',
      },
      undeclared: {
        en: '`{name}` is in `{country}`, outside the EEA, but `transfers` lists no transfer to `{country}` (Art. 13(1)(f))',
        fi: '`{name}` sijaitsee ETA-alueen ulkopuolella (`{country}`), mutta `transfers` ei sisällä siirtoa maahan `{country}` (13 art. 1 f)',
        sv: '`{name}` finns i `{country}`, utanför EES, men `transfers` anger ingen överföring till `{country}` (artikel 13.1 f)',
      },
    },
  },
  ({ register, report }) => {
    const outside: { path: PathSegment[]; name: string; country: string }[] = [];
    const add = (path: PathSegment[], name: string, country: string | undefined): void => {
      if (country && !isEea(country)) outside.push({ path, name, country });
    };
    if (Array.isArray(register.recipients)) {
      register.recipients.forEach((r, i) => {
        const name = r.name ?? Object.values(r.category ?? {})[0] ?? `${i + 1}`;
        add(['recipients', i, 'country'], name, r.country);
      });
    }
    register.cookies?.tools?.forEach((t, i) => add(['cookies', 'tools', i, 'country'], t.name, t.country));
    // The controller among its group's members collects the data itself: no transfer (Art. 3(2) is not Chapter V).
    const controller = sameName(register.controller?.name);
    register.group?.members?.forEach((m, i) => {
      if (sameName(m.name) !== controller) add(['group', 'members', i, 'country'], m.name, m.country);
    });

    // "Not outside the EU unless technically necessary" names no country, recipient or mechanism.
    // Where the transfers are listed, a sentence about them with a condition is wording, not a gap.
    // Transfers that name nothing and only make themselves conditional are such sentences, read in their place.
    const transfers = Array.isArray(register.transfers) ? register.transfers : [];
    const maybeOnly = onlyConditionalTransfers(register);
    const hasTransfers = transfers.length > 0 && !maybeOnly;
    for (const { path, text } of allTexts(register)) {
      if (path[0] === 'transfers' && !maybeOnly) continue;
      for (const { path: at, value } of languageVersions(path, text)) {
        const maybe = hasTransfers ? [] : conditionalWords(value);
        const eu = maybe.length ? [] : euBoundary(value);
        if (maybe.length) report(at, 'conditional', { found: listed(maybe) });
        else if (eu.length) report(at, 'euOnly', { found: listed(eu) });
      }
    }

    if (register.transfers === undefined && outside.length === 0) {
      report([], 'missing');
      return;
    }
    const declared = new Set(transfers.map((t) => t.country));
    for (const { path, name, country } of outside) {
      if (declared.has(country)) continue;
      report(path, register.transfers === 'none' ? 'saysNone' : 'undeclared', { name, country });
    }
  },
);
