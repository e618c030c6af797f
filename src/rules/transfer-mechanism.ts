// GDPR Art. 13(1)(f), 14(1)(f), Chapter V: each transfer names its country, a valid mechanism and where to get the safeguard.
import { onlyConditionalTransfers } from '../check/conditional-transfer.js';
import { defineRule } from '../check/rule.js';
import { textValues } from '../check/text.js';
import { mechanismsIn, offersCopy } from '../check/transfer-words.js';
import { adequacy, adequacyFor, isEea } from '../data/data.js';
import type { Transfer, TransferMechanism } from '../types.js';

const INVALID: Record<string, string> = {
  privacy_shield: 'the EU-US Privacy Shield was invalidated by the CJEU in Schrems II (C-311/18, 16 July 2020)',
  safe_harbor: 'Safe Harbor was invalidated by the CJEU in Schrems I (C-362/14, 6 October 2015)',
  standard_contractual_clauses_2010: 'the old standard contractual clauses (2001/497/EC, 2004/915/EC, 2010/87/EU) have been invalid for every transfer since 27 December 2022',
};

/**
 * Mechanisms whose text the data subject can obtain: the notice must say where (Art. 13(1)(f)). An
 * adequacy decision, the Data Privacy Framework's included (2023/1795, Art. 45), needs only to be named.
 */
export const NEEDS_SAFEGUARD_URL: ReadonlySet<TransferMechanism> = new Set([
  'standard_contractual_clauses',
  'binding_corporate_rules',
  'public_authority_instrument',
  'code_of_conduct',
  'certification',
  'authorised_clauses',
  // Art. 13(1)(f) names the second subparagraph of Art. 49(1) beside Art. 46 and 47.
  'derogation_compelling_interests',
]);

/**
 * The grounds of a transfer: its `mechanism`, else those its description names in words (several,
 * for transfers to countries it does not name: "standard contractual clauses, or an adequacy decision").
 */
function groundsOf(transfer: Transfer): TransferMechanism[] {
  if (transfer.mechanism) return [transfer.mechanism];
  return [...new Set(textValues(transfer.description).flatMap(mechanismsIn))];
}

/** Where to get a copy of the safeguards: a `safeguard_url`, or a way to ask for one in the description. */
function saysWhereToGetCopy(transfer: Transfer): boolean {
  return Boolean(transfer.safeguard_url) || textValues(transfer.description).some(offersCopy);
}

export default defineRule(
  {
    id: 'transfer-mechanism',
    articles: ['Art. 13(1)(f)', 'Art. 14(1)(f)', 'Art. 44–49'],
    severity: 'error',
    description: 'Each transfer outside the EEA rests on a valid Chapter V mechanism and says where the safeguard can be read.',
    messages: {
      invalid: {
        en: 'Transfer to `{country}` rests on `{mechanism}`, which is no longer valid: {why}; use e.g. `standard_contractual_clauses` (2021/914) or `data_privacy_framework` (Art. 13(1)(f))',
        fi: 'Siirto maahan `{country}` perustuu mekanismiin `{mechanism}`, joka ei ole enää voimassa; käytä esim. vakiosopimuslausekkeita (2021/914) tai tietosuojakehystä (13 art. 1 f)',
        sv: 'Överföringen till `{country}` grundar sig på `{mechanism}`, som inte längre är giltig; använd t.ex. `standard_contractual_clauses` (2021/914) eller `data_privacy_framework` (artikel 13.1 f)',
      },
      missingMechanism: {
        en: 'Transfer to `{country}` does not name its `mechanism`: the notice must say on what ground data leave the EEA (Art. 13(1)(f))',
        fi: 'Siirrolta maahan `{country}` puuttuu `mechanism`: selosteen on kerrottava siirron peruste (13 art. 1 f)',
        sv: 'Överföringen till `{country}` anger inte sin `mechanism`: beskrivningen måste ange på vilken grund uppgifterna lämnar EES (artikel 13.1 f)',
      },
      noAdequacy: {
        en: 'Transfer to `{country}` rests on `adequacy`, but the Commission has no adequacy decision for `{country}` (list of {date}) (Art. 45)',
        fi: 'Siirto maahan `{country}` perustuu riittävyyspäätökseen, mutta komissio ei ole tehnyt maasta riittävyyspäätöstä (luettelo {date}) (45 art.)',
        sv: 'Överföringen till `{country}` grundar sig på `adequacy`, men kommissionen har inte fattat något beslut om adekvat skyddsnivå för `{country}` (förteckningen per {date}) (artikel 45)',
      },
      usNeedsDpf: {
        en: 'Transfer to `US` cannot rest on `adequacy` alone: the decision covers only organisations certified under the EU-US Data Privacy Framework, so use `data_privacy_framework` (Art. 45)',
        fi: 'Siirto Yhdysvaltoihin ei voi perustua pelkkään riittävyyspäätökseen: päätös koskee vain EU:n ja Yhdysvaltojen tietosuojakehykseen sertifioituja, joten käytä arvoa `data_privacy_framework` (45 art.)',
        sv: 'En överföring till `US` kan inte grunda sig enbart på `adequacy`: beslutet gäller endast organisationer som är certifierade enligt ramen för dataskydd mellan EU och USA, så använd `data_privacy_framework` (artikel 45)',
      },
      dpfOutsideUs: {
        en: 'The EU-US Data Privacy Framework covers only transfers to the United States, not `{country}` (Art. 45)',
        fi: 'EU:n ja Yhdysvaltojen tietosuojakehys koskee vain siirtoja Yhdysvaltoihin, ei maahan `{country}` (45 art.)',
        sv: 'Ramen för dataskydd mellan EU och USA gäller endast överföringar till Förenta staterna, inte till `{country}` (artikel 45)',
      },
      inEea: {
        en: '`{country}` is in the EEA: data flow there freely, so this is not a transfer; list the receiver under `recipients` instead',
        fi: '`{country}` on ETA-maa: tiedot liikkuvat sinne vapaasti, joten kyse ei ole siirrosta; merkitse vastaanottaja kohtaan `recipients`',
        sv: '`{country}` hör till EES: uppgifter rör sig fritt dit, så det här är ingen överföring; ange i stället mottagaren under `recipients`',
      },
      invalidUnnamed: {
        en: 'Transfer {n} rests on `{mechanism}`, which is no longer valid: {why}; use e.g. `standard_contractual_clauses` (2021/914) or `data_privacy_framework` (Art. 13(1)(f))',
        fi: 'Siirto {n} perustuu mekanismiin `{mechanism}`, joka ei ole enää voimassa; käytä esim. vakiosopimuslausekkeita (2021/914) tai tietosuojakehystä (13 art. 1 f)',
        sv: 'Överföring {n} grundar sig på `{mechanism}`, som inte längre är giltig; använd t.ex. `standard_contractual_clauses` (2021/914) eller `data_privacy_framework` (artikel 13.1 f)',
      },
      noSafeguardLinkUnnamed: {
        en: 'Transfer {n} on `{mechanism}` does not say where to get a copy of the safeguard: add `safeguard_url`, or say in `description` how to ask for a copy (Art. 13(1)(f))',
        fi: 'Siirrolle {n} (`{mechanism}`) ei kerrota, mistä suojatoimista saa jäljennöksen: lisää `safeguard_url` tai kerro kuvauksessa `description`, miten jäljennöstä voi pyytää (13 art. 1 f)',
        sv: 'Överföring {n} med `{mechanism}` anger inte var man kan få en kopia av skyddsåtgärden: lägg till `safeguard_url`, eller ange i `description` hur man begär en kopia (artikel 13.1 f)',
      },
      noSafeguardLink: {
        en: 'Transfer to `{country}` on `{mechanism}` does not say where to get a copy of the safeguard: add `safeguard_url`, or say in `description` how to ask for a copy (Art. 13(1)(f))',
        fi: 'Siirrolle maahan `{country}` (`{mechanism}`) ei kerrota, mistä suojatoimista saa jäljennöksen: lisää `safeguard_url` tai kerro kuvauksessa `description`, miten jäljennöstä voi pyytää (13 art. 1 f)',
        sv: 'Överföringen till `{country}` med `{mechanism}` anger inte var man kan få en kopia av skyddsåtgärden: lägg till `safeguard_url`, eller ange i `description` hur man begär en kopia (artikel 13.1 f)',
      },
      noCountry: {
        en: 'Transfer {n} does not name its `country`: the notice must say to which third country the data are transferred (Art. 13(1)(f))',
        fi: 'Siirrolta {n} puuttuu kohdemaa `country`: selosteen on kerrottava, mihin kolmanteen maahan tiedot siirretään (13 art. 1 f)',
        sv: 'Överföring {n} anger inte sitt `country`: beskrivningen måste ange till vilket tredjeland uppgifterna överförs (artikel 13.1 f)',
      },
      noCountryNorRecipient: {
        en: 'Transfer {n} names neither its `country` nor its `recipient`: the notice must say to which third country and to whom the data are transferred (Art. 13(1)(f))',
        fi: 'Siirrolta {n} puuttuvat kohdemaa `country` ja vastaanottaja `recipient`: selosteen on kerrottava, mihin kolmanteen maahan ja kenelle tiedot siirretään (13 art. 1 f)',
        sv: 'Överföring {n} anger varken sitt `country` eller sin `recipient`: beskrivningen måste ange till vilket tredjeland och till vem uppgifterna överförs (artikel 13.1 f)',
      },
      noCountryNorMechanism: {
        en: 'Transfer {n} names neither its `country` nor its `mechanism`: the notice must say to which third country the data are transferred and on what ground (Art. 13(1)(f))',
        fi: 'Siirrolta {n} puuttuvat kohdemaa `country` ja siirtoperuste `mechanism`: selosteen on kerrottava, mihin kolmanteen maahan tiedot siirretään ja millä perusteella (13 art. 1 f)',
        sv: 'Överföring {n} anger varken sitt `country` eller sin `mechanism`: beskrivningen måste ange till vilket tredjeland uppgifterna överförs och på vilken grund (artikel 13.1 f)',
      },
      unnamed: {
        en: 'Transfer {n} names neither its `country`, its `recipient` nor its `mechanism`: the notice must say to which third country and to whom the data are transferred, and on what ground (Art. 13(1)(f))',
        fi: 'Siirrolta {n} puuttuvat kohdemaa `country`, vastaanottaja `recipient` ja siirtoperuste `mechanism`: selosteen on kerrottava, mihin kolmanteen maahan ja kenelle tiedot siirretään sekä millä perusteella (13 art. 1 f)',
        sv: 'Överföring {n} anger varken sitt `country`, sin `recipient` eller sin `mechanism`: beskrivningen måste ange till vilket tredjeland och till vem uppgifterna överförs, och på vilken grund (artikel 13.1 f)',
      },
      noRecipient: {
        en: 'Transfer to `{country}` does not name its `recipient` (Art. 13(1)(f))',
        fi: 'Siirrolta maahan `{country}` puuttuu vastaanottaja `recipient` (13 art. 1 f)',
        sv: 'Överföringen till `{country}` anger inte sin `recipient` (artikel 13.1 f)',
      },
    },
  },
  ({ register, report }) => {
    // Transfers that are each only a conditional sentence are transfer-consistency's to report.
    if (!Array.isArray(register.transfers) || onlyConditionalTransfers(register)) return;
    register.transfers.forEach((t, i) => {
      const at = ['transfers', i];
      const grounds = groundsOf(t);
      // Without a country, what else is missing is said in the same finding, the transfer named by its number.
      if (!t.country && !grounds.length) {
        report(at, t.recipient ? 'noCountryNorMechanism' : 'unnamed', { n: i + 1 }, 'key');
        return;
      }
      if (!t.country) report(at, t.recipient ? 'noCountry' : 'noCountryNorRecipient', { n: i + 1 }, 'key');
      const country = t.country ?? '?';
      if (t.country && isEea(country)) {
        report([...at, 'country'], 'inEea', { country });
        return;
      }
      if (t.country && !t.recipient) report(at, 'noRecipient', { country }, 'key');
      // A ground named only in the description is reported at the transfer.
      const where = t.mechanism ? [...at, 'mechanism'] : at;
      if (!grounds.length) {
        report(at, 'missingMechanism', { country });
        return;
      }
      const invalid = grounds.find((m) => INVALID[m]);
      // A transfer without its country is named by its number, not "Transfer to `?`".
      if (invalid) {
        if (t.country) report(where, 'invalid', { country, mechanism: invalid, why: INVALID[invalid]! });
        else report(where, 'invalidUnnamed', { n: i + 1, mechanism: invalid, why: INVALID[invalid]! });
        return;
      }
      const mechanism = t.mechanism;
      if (mechanism === 'adequacy' && t.country) {
        const decision = adequacyFor(country);
        if (country === 'US') report(where, 'usNeedsDpf');
        else if (!decision) report(where, 'noAdequacy', { country, date: adequacy.as_of });
      }
      if (mechanism === 'data_privacy_framework' && t.country && country !== 'US') report(where, 'dpfOutsideUs', { country });
      // Where a decision of adequacy covers the transfer too ("SCCs and the Data Privacy Framework"), safeguards beside it need no copy.
      const adequate = grounds.includes('data_privacy_framework') || (grounds.includes('adequacy') && adequacyFor(country) !== undefined);
      const needsCopy = adequate ? undefined : grounds.find((m) => NEEDS_SAFEGUARD_URL.has(m));
      if (needsCopy && !saysWhereToGetCopy(t)) {
        if (t.country) report(where, 'noSafeguardLink', { country, mechanism: needsCopy });
        else report(where, 'noSafeguardLinkUnnamed', { n: i + 1, mechanism: needsCopy });
      }
    });
  },
);
