/**
 * Whether anything a notice says suggests its data may leave the EEA: a provider established outside it, a
 * service that processes the data, a word on transfers or on the EEA, data said not to be kept at home.
 * Art. 13(1)(f) asks for a transfer "where applicable": a notice whose register the controller keeps
 * itself, with no provider, no service and no word on where the data go, is not asked to deny one.
 */
import { findWords, words } from '../check/words.js';
import { EEA, OUTSIDE } from '../check/transfer-words.js';
import { deniesStoringAtHome, namesProviderOutside } from './parts-said.js';
import type { Passage } from './passages.js';

/** Moving data and where they may go: "siirretään", "överförs", "transfer", "abroad", "ulkomaille"; not "siirryt" (you go to a page). */
const MOVING = words([
  'siirre*', 'siirrä*', 'siirt*', 'överför*', 'transfer*', 'abroad', 'ulkomai*', 'utomlands', 'utlandet',
  'Yhdysval*', 'United States', 'Amerikan', 'amerikansk*', 'American',
]);
/** The United States by its letters, in capitals: not "usage" or "usability". */
const US = /(?<![\p{L}])(?:USA|US)(?::\p{L}+)?(?![\p{L}])/u;
/** A service named by its own name, that the data pass through: "Formsubmit-palvelun kautta", "via Formspree-tjänsten", "through the Formspree service"; not "vår Beta-tjänst". */
const NAMED_SERVICE = /(?<![\p{L}\d])\p{Lu}[\p{L}\d.]+-palvelu(?:n kautta|a käyttäen|lla)(?![\p{L}])|(?<![\p{L}])(?:via|genom|hos) \p{Lu}[\p{L}\d.]+-tjänst\p{L}*|(?<![\p{L}])(?:via|through|using) (?:the )?\p{Lu}[\p{L}\d.]+ (?:service|platform)(?![\p{L}])/u;
/** Money moved, not data: "bank transfer", "tilisiirto", "banköverföring". */
const PAYMENT = /(?:bank|wire|money|credit)\s+transfers?|tilisiirr?\p{L}*|banköverföring\p{L}*/giu;

/**
 * Services that process data for the controller and may sit anywhere: a cloud, a host, a processor, a
 * subcontractor, a provider of a service, analytics or counting the site's visitors, e-mail and newsletters.
 * Not a server alone: "vår server" sends a cookie from the controller's own site; nor "biträdande" (deputy).
 */
const SERVICES = words([
  // fi
  'pilvi*', 'pilve*', 'palveluntarjoaj*', 'käsittelijä*', 'käsittelijö*', 'alihankkij*', 'analytiik*', 'sähköpostipalvel*', 'uutiskirjepalvel*', 'postituspalvel*', 'lomakepalvel*',
  'kävijämäär*', 'kävijätilast*', 'kävijäseuran*', 'palvelinpalvel*', 'palvelintila*', 'ylläpitopalvel*', 'verkkokauppa-alusta*', 'järjestelmätoimittaj*',
  // en
  'cloud', 'cloud-based', 'hosting', 'hosted', 'web host*', 'processor', 'processors', 'subprocessor*', 'sub-processor*', 'subcontractor*',
  'service provider*', 'analytics', 'visitor statistics', 'e-mail service*', 'email service*', 'email provider*', 'mailing list service*', 'newsletter service*', 'form service*',
  'third-party service*', 'third party service*',
  // sv
  'molntjänst*', 'molnet', 'molnbaser*', 'biträde', 'biträden', 'biträdet', 'biträdena', 'personuppgiftsbiträd*', 'biträdesavtal*', 'leverantör*', 'underleverantör*', 'tjänsteleverantör*',
  'webbanalys*', 'besöksstatistik*', 'analysverktyg*', 'webbhotell*', 'e-posttjänst*', 'nyhetsbrevstjänst*', 'formulärtjänst*',
]);

/** What the rights say of moving data ("siirtää tiedot toiselle rekisterinpitäjälle", Art. 20) moves none abroad. */
export function suggestsTransfer(passages: readonly Passage[]): boolean {
  const own = passages.filter((p) => !p.kinds.includes('rights')).map((p) => p.text.replace(PAYMENT, ' '));
  const said = (pattern: RegExp): boolean => own.some((text) => findWords(text, pattern).length > 0);
  return said(OUTSIDE) || said(EEA) || said(MOVING) || said(SERVICES) || own.some((text) => US.test(text) || NAMED_SERVICE.test(text) || deniesStoringAtHome(text)) || namesProviderOutside(passages);
}
