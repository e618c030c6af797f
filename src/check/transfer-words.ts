/** Words in which notices speak of transfers outside the EEA, and of conditions on them. */
import { words } from './words.js';

/** Where the EEA ends: "EU:n ulkopuolelle", "outside the EEA", "utanför EES", third countries. */
export const OUTSIDE = words([
  // fi
  'EU:n ulkopuol*', 'ETA:n ulkopuol*', 'EU-alueen ulkopuol*', 'ETA-alueen ulkopuol*', 'EU/ETA-alueen ulkopuol*', 'EU-maiden ulkopuol*',
  'ETA-maiden ulkopuol*', 'Euroopan unionin ulkopuol*', 'Euroopan talousalueen ulkopuol*', 'Euroopan talousalueen (ETA) ulkopuol*',
  'kolmansi* mai*', 'kolmante* maa*', 'kolmannessa maassa',
  // en
  'outside the EU', 'outside the EEA', 'outside EU', 'outside EEA', 'outside of the EU', 'outside of the EEA',
  'outside the European Union', 'outside the European Economic Area', 'third countr*',
  // sv
  'utanför EU', 'utanför EES', 'utanför Europeiska unionen', 'utanför Europeiska ekonomiska samarbetsområdet', 'tredjeland*',
]);

/**
 * What makes a transfer a maybe: "ellei se ole teknisesti tarpeellista", "unless", "where necessary".
 * Not "except" or "paitsi", which name exceptions that may be definite.
 */
export const CONDITIONAL = words([
  // fi
  'ellei', 'ellei*', 'tarvittaessa', 'tarpeen vaatiessa', 'teknisesti tarpeelli*', 'teknise* toteut*', 'pääsääntöisesti',
  'lähtökohtaisesti', 'siltä osin kuin', 'mikäli se on tarpee*', 'jos se on tarpee*', 'mahdollisesti', 'saatetaan', 'voidaan siirtää',
  'ilman asianmukaisia suojatoim*',
  // en
  'unless', 'if necessary', 'where necessary', 'when necessary', 'if needed', 'where needed', 'technically necessary',
  'as a rule', 'in principle', 'insofar as', 'to the extent', 'may be transferred', 'might be transferred', 'possibly',
  'without appropriate safeguards', 'without adequate safeguards',
  // sv
  'såvida inte', 'såvida det inte', 'om det inte', 'vid behov', 'om det är nödvändigt', 'i regel', 'i princip', 'i den mån',
  'kan överföras', 'eventuellt', 'utan lämpliga skyddsåtgärder',
]);

/** The EU named as the boundary of free flow: "EU:n ulkopuolelle", "outside the European Union", "utanför EU". */
export const EU_BOUNDARY = words([
  'EU:n ulkopuol*', 'EU-alueen ulkopuol*', 'EU-maiden ulkopuol*', 'Euroopan unionin ulkopuol*',
  'outside the EU', 'outside EU', 'outside of the EU', 'outside the European Union',
  'utanför EU', 'utanför Europeiska unionen',
]);

/** The EEA named: with it, "EU:n tai ETA:n ulkopuolelle" draws the right line. */
export const EEA = words(['ETA', 'ETA:n', 'Euroopan talousalue*', 'EEA', 'EES', 'European Economic Area', 'Europeiska ekonomiska samarbetsområdet']);

/** A denial: "ei siirretä", "never", "nothing is moved", "inget flyttas". */
export const NEGATION = words(['ei', 'eikä', 'emme', 'not', 'never', 'no', 'nothing', 'inte', 'aldrig', 'ej', 'inget', 'ingen', 'inga']);
