/**
 * How a notice names the rights of the data subject, in Finnish, Swedish and English: one pattern a
 * right, read on one sentence at a time. The patterns are wide on purpose: a right taken as stated
 * when it is not is a gap missed, a right taken as missing when it is stated is a false finding,
 * and the second costs the reader more.
 */
import type { RightId } from '../types.js';

export type StatedRight = RightId | 'object_direct_marketing';

export const RIGHT_WORDS: Readonly<Record<StatedRight, RegExp>> = {
  access:
    /tarkast|(?<!\p{L})otte(?:en|et)(?!\p{L})|tarkistaa|tarkistus|tarkistaaksesi|tarkistamis|pääsy (?:omiin )?(?:henkilö)?tietoihin|pyytää pääsyä|exported file of (?:the )?(?:personal )?data we hold|saada (?:\p{L}+ )?(?:tieto|pääsy|jäljennö|kopio)|jäljennö|käsitelläänkö|tillgång|registerutdrag|utdrag|(?:få|begära) (?:information|veta|besked) om|\baccess\b|cop(?:y|ies) of (?:your|the|their) (?:personal )?(?:data|information)|what (?:personal )?(?:data|information) we hold/iu,
  rectification: /oikai|korja|muuttaa (?:\p{L}+ )?tieto|päivittää (?:\p{L}+ )?tieto|rättels|(?<!\p{L})rätta(?:s|de|d|t)?(?!\p{L})|korriger|rectif|\bcorrect/iu,
  erasure: /poist|unohdetu|raderin|radera|bortglömd|ta bort|erasure|\berase|delet|forgotten/iu,
  restriction: /rajoit|begränsning|begränsa|restrict/iu,
  portability: /siirrettävyy|siirto-oikeu|siirtää\p{L}* .*(?:järjestelmä|toiselle|toiseen)|järjestelmästä toiseen|dataportabilitet|portabilitet|flytta|portab|transmit (?:your|the|them)|move (?:your|the) data/iu,
  object: /vastust|kielto-?oikeu|kieltä|invänd|invända|motsätt|\bobject/iu,
  object_direct_marketing: /suoramarkkinoin|direktmarknadsföring|direkt marknadsföring|direct marketing|markkinoinnin|marknadsföring|marketing/iu,
  withdraw_consent: /peru(?:uttaa|ttaa|a|minen|uttamis|ttamis|utus)\p{L}*|återkall|återta|withdraw|revoke/iu,
  complaint: /valitus|valituks|valitta(?!e)|kantelu|tietosuojavaltuut|valvontaviranomai|tietosuojaviranomai|klagomål|klaga|anmäla|anmälan|tillsynsmyndighet|integritetsskyddsmyndighet|(?<!\p{L})imy(?!\p{L})|dataombudsman|complain|supervisory authorit|(?<!\p{L})ico(?!\p{L})|information commissioner/iu,
};

/** A sentence that speaks of a right at all: outside a section about the rights, only these count. */
export const RIGHT_CUE = /oikeu|rätt|right|pyyn|pyytä|vaati|halut|begär|kräv|request|ask (?:us|for)|if you (?:wish|want)|om du (?:vill|önskar)/iu;

/** What withdrawing must be about, in the same sentence. */
export const CONSENT = /suostum|samtycke|consent/iu;

/** Changing one's cookie settings at any time: withdrawing the consent a cookie banner asked for. */
export const COOKIE_SETTINGS = /(?:change|muuttaa|ändra)\s+(?:\p{L}+\s+)?(?:cookie settings|evästeasetuk\p{L}*|cookie-?inställning\p{L}*|kakinställning\p{L}*)/iu;

/** A right said not to apply. */
export const NOT_APPLY =
  /ei (?:koske|sovelleta|ole käytettävissä|ole voimassa|päde)|eivät (?:koske|päde)|gäller inte|tillämpas inte|är inte tillämplig|does not apply|do not apply|doesn't apply|is not applicable|are not applicable|is not available|cannot be exercised/iu;
