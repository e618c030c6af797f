/**
 * A sentence that says a kind of party processes the data, sees them or has access to them, the party
 * its subject: "Tietoja voivat käsitellä palveluntarjoajat", "Tilitoimistolla on pääsy laskutustietoihin",
 * "Bokföringsbyrån behandlar uppgifterna för vår räkning", "Our payroll provider processes salary data".
 * Data about such parties ("käsittelemme kumppaneiden tietoja", "data about our suppliers") are not this.
 */
import { PARTY } from './recipient-words.js';

/** Finnish party words in the nominative, as a subject stands: "palveluntarjoajat", "tilitoimisto", "kirjanpitäjämme". */
const FI_PARTY = String.raw`\p{L}*(?:palveluntarjoaja|toimittaja|kumppani|taho|yritys|yritykset|yhtiö|pankki|pankit|tilintarkastaja|tilitoimisto|kirjanpitäjä|tutkija|ylläpitäjä|alihankkija|käsittelijä)(?:t|mme|nne)?`;

/** A Finnish verb of processing or seeing in the third person, not "käsittelemme" nor "käsitellään". */
const FI_VERB = String.raw`(?:käsittelee|käsittelevät|voi käsitellä|voivat käsitellä|näkee|näkevät|voi nähdä|voivat nähdä|pääsee|pääsevät|siirtää|siirtävät|voi siirtää|voivat siirtää|säilyttää|säilyttävät)`;

const FINNISH = new RegExp(
  String.raw`(?<![\p{L}])(?:${FI_PARTY}(?![\p{L}])(?:\s+\S+){0,5}?\s+${FI_VERB}|${FI_VERB}(?:\s+\S+){0,5}?\s+${FI_PARTY}(?![\p{L}]))(?![\p{L}])|(?<![\p{L}])\p{L}*(?:palveluntarjoaj|toimittaj|kumppane|tahoi|tilintarkastaj|tilitoimisto|kirjanpitäj|alihankkij)\p{L}*(?:lla|llä)\s+on\s+pääsy`,
  'iu',
);

/** A Swedish or English verb of processing, seeing, access, moving or storing, after the party: active forms only. */
const VERB_AFTER =
  /^(?:\s+(?!vi\b|we\b)[\p{L}'’-]+){0,5}?\s+(?:behandlar|hanterar|har tillgång|får tillgång|kan se|kan behandla|kan få tillgång|flyttar|flytta|lagrar|process(?:es)?|handles?|ha(?:s|ve) access|can (?:see|access|process|move|store)|may (?:see|access|process|move|store)|(?:may|might) need to (?:move|transfer|store))(?![\p{L}])/iu;

/** Words before a party that make it what the data are about or come from: "om leverantörer", "about our suppliers". */
const ABOUT = /(?:^|\s)(?:om|av|från|för|med|of|about|from|for|with|by)(?:\s+(?:our|their|the|våra|vår|vårt|dessa))?\s*$/iu;

const PARTIES = new RegExp(PARTY.source, 'giu');

/**
 * Access kept to the controller's own administrators: "Kaikkiin tietokantoihin pääsevät käsiksi vain palvelun
 * ylläpitäjät", "Endast tjänstens administratörer har tillgång", "Only the administrators have access": a measure of
 * security, no party the data go to. Cut out, the rest of the sentence is read as it stands ("… vain ylläpitäjät ja
 * tilitoimistomme" still names the accounting firm); a provider's administrators ("palveluntarjoajamme ylläpitäjät")
 * and the old name of the controller in the genitive ("rekisterin ylläpitäjän lukuun") are not cut.
 */
const ONLY_ADMINISTRATORS =
  /(?<![\p{L}])(?:vain|ainoastaan|endast|bara|only)\s+(?:(?:palvelun|järjestelmän|sivuston|tietokannan|rekisterin|the|our|the service's|tjänstens|systemets|webbplatsens)\s+)?(?:ylläpitäjät|pääkäyttäjät|administrators?|admins?|administratörer(?:na)?|administratören)(?![\p{L}])/giu;

/** The sentence says a kind of party processes, sees or has access to the data. */
export function partyProcesses(sentence: string): boolean {
  return partyIn(sentence.replace(ONLY_ADMINISTRATORS, ' '));
}

function partyIn(sentence: string): boolean {
  if (FINNISH.test(sentence)) return true;
  for (const m of sentence.matchAll(PARTIES)) {
    if (ABOUT.test(sentence.slice(0, m.index))) continue;
    if (VERB_AFTER.test(sentence.slice(m.index + m[0].length))) return true;
  }
  return false;
}
