/** The words of the audit's summary, per language. */
import type { MessageLanguage } from '../interface-language.js';
import type { StatedRight } from './rights-words.js';

export type PartId =
  | 'controller' | 'dpo' | 'purposes' | 'data' | 'sources' | 'recipients' | 'transfers' | 'retention' | 'rights' | 'complaint' | 'automated' | 'date' | 'wording';

export interface SummaryWords {
  parts: Record<PartId, string>;
  rights: Record<StatedRight, string>;
  missing: string;
  rightsMissing: string;
  fix: string;
  fine: string;
  /** Parts the notice does not have where nothing found asks for them. */
  absent: string;
  register: (n: number) => string;
  /** The notice says no personal data reach its publisher (at a line): only its wording, its date and the services outside the EEA it names were audited. */
  nothing: (line: number) => string;
  next: (file: string) => string;
}

export const SUMMARY_WORDS: Readonly<Record<MessageLanguage, SummaryWords>> = {
  en: {
    parts: {
      controller: 'controller', dpo: 'data protection officer', purposes: 'purposes and legal bases', data: 'categories of data', sources: 'sources',
      recipients: 'recipients', transfers: 'transfers outside the EU/EEA', retention: 'retention', rights: 'rights', complaint: 'supervisory authority',
      automated: 'automated decisions', date: 'date', wording: 'wording',
    },
    rights: {
      access: 'access', rectification: 'rectification', erasure: 'erasure', restriction: 'restriction of processing', portability: 'data portability',
      object: 'objection', object_direct_marketing: 'objection to direct marketing', withdraw_consent: 'withdrawal of consent', complaint: 'complaint to a supervisory authority',
    },
    missing: 'Missing',
    rightsMissing: 'rights not stated',
    fix: 'To fix',
    fine: 'Fine',
    absent: 'Not in the notice, and nothing found requires it',
    register: (n) => `Register ${n}`,
    nothing: (line) => `The notice says no personal data reach its publisher (line ${line}): only its wording, its date and the services outside the EEA it names were audited. If data do reach it after all, say what, and audit it again.`,
    next: (file) => `Next: \`seloste audit ${file} --fix-plan\` prints a register draft with each finding as a TODO; \`seloste check\` it when the TODOs are done.`,
  },
  fi: {
    parts: {
      controller: 'rekisterinpitäjä', dpo: 'tietosuojavastaava', purposes: 'käsittelyn tarkoitukset ja oikeusperusteet', data: 'henkilötietoryhmät', sources: 'tietolähteet',
      recipients: 'vastaanottajat', transfers: 'siirrot EU:n/ETA:n ulkopuolelle', retention: 'säilytysaika', rights: 'rekisteröidyn oikeudet', complaint: 'valvontaviranomainen',
      automated: 'automaattiset päätökset', date: 'päivämäärä', wording: 'sanamuoto',
    },
    rights: {
      access: 'pääsy tietoihin', rectification: 'oikaiseminen', erasure: 'poistaminen', restriction: 'käsittelyn rajoittaminen', portability: 'siirtäminen järjestelmästä toiseen',
      object: 'vastustaminen', object_direct_marketing: 'suoramarkkinoinnin vastustaminen', withdraw_consent: 'suostumuksen peruuttaminen', complaint: 'valitus valvontaviranomaiselle',
    },
    missing: 'Puuttuu',
    rightsMissing: 'oikeudet, joita ei mainita',
    fix: 'Korjattavaa',
    fine: 'Kunnossa',
    absent: 'Ei selosteessa, eikä mikään havainto edellytä sitä',
    register: (n) => `Rekisteri ${n}`,
    nothing: (line) => `Selosteen mukaan henkilötietoja ei päädy sen julkaisijalle (rivi ${line}): siitä tarkastettiin vain sanamuoto, päivämäärä ja sen mainitsemat ETA-alueen ulkopuoliset palvelut. Jos tietoja kuitenkin päätyy, kerro mitä, ja tarkasta seloste uudelleen.`,
    next: (file) => `Seuraavaksi: \`seloste audit ${file} --fix-plan\` tulostaa rekisteriluonnoksen, jossa kukin havainto on TODO-kohtana; tarkista se komennolla \`seloste check\`, kun TODO-kohdat on tehty.`,
  },
  sv: {
    parts: {
      controller: 'personuppgiftsansvarig', dpo: 'dataskyddsombud', purposes: 'ändamål och rättslig grund', data: 'kategorier av personuppgifter', sources: 'källor',
      recipients: 'mottagare', transfers: 'överföringar utanför EU/EES', retention: 'lagringstid', rights: 'den registrerades rättigheter', complaint: 'tillsynsmyndighet',
      automated: 'automatiserade beslut', date: 'datum', wording: 'formuleringar',
    },
    rights: {
      access: 'tillgång', rectification: 'rättelse', erasure: 'radering', restriction: 'begränsning av behandling', portability: 'dataportabilitet',
      object: 'invändning', object_direct_marketing: 'invändning mot direktmarknadsföring', withdraw_consent: 'återkallelse av samtycke', complaint: 'klagomål till en tillsynsmyndighet',
    },
    missing: 'Saknas',
    rightsMissing: 'rättigheter som inte nämns',
    fix: 'Att rätta',
    fine: 'I sin ordning',
    absent: 'Finns inte i beskrivningen, och inget som hittades kräver det',
    register: (n) => `Register ${n}`,
    nothing: (line) => `Enligt beskrivningen når inga personuppgifter den som publicerar den (rad ${line}): bara formuleringen, datumet och de tjänster utanför EES som den nämner granskades. Om uppgifter ändå når den, ange vilka och granska beskrivningen igen.`,
    next: (file) => `Nästa steg: \`seloste audit ${file} --fix-plan\` skriver ut ett registerutkast med varje iakttagelse som en TODO; kontrollera det med \`seloste check\` när TODO-punkterna är gjorda.`,
  },
};
