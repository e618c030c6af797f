// GDPR Art. 12(1), 13(1)(c), 13(1)(f), 13(2)(d): no references to repealed law, invalid transfer mechanisms or the authority's old address.
import { defineRule } from '../check/rule.js';
import { allTexts } from '../check/text.js';
import { supervisoryAuthority } from '../data/data.js';
import { findWords, languageVersions, listed, words } from '../check/words.js';
import type { Register } from '../types.js';
import { writtenForIt } from '../check/gdpr-words.js';

/** The day the GDPR began to apply: a notice not updated since predates it. */
const GDPR_APPLIES = '2018-05-25';

/** Updated before the GDPR applied, and not written for it. */
function beforeGdpr(register: Register): boolean {
  const { updated } = register;
  if (typeof updated !== 'string' || updated >= GDPR_APPLIES) return false;
  return !writtenForIt(updated, allTexts(register).flatMap(({ text }) => languageVersions([], text).map(({ value }) => value)));
}

const INVALID_MECHANISM = words([
  'privacy shield*', 'privacyshield*', 'safe harbo*', 'safe-harbo*', '2010/87*', '2001/497*', '2004/915*', 'skölden för skydd av privatlivet',
  // The old clauses' decisions by their CELEX numbers, as a link to them writes them ("uri=CELEX:32010D0087").
  '*32010d0087*', '*32001d0497*', '*32004d0915*',
]);

const KINDS = [
  // Henkilötietolaki (523/1999) was repealed by Tietosuojalaki (1050/2018); "asiallinen yhteys" was its 8 § ground. The
  // Swedish name is singular: "gällande personuppgiftslagar" and "personuppgiftslagstiftningen" are the laws in force, while
  // "i enlighet med gällande personuppgiftslag", in the singular, names the act.
  { id: 'repealedLaw', pattern: words(['henkilötietola*', 'hetil', '523/1999', 'personuppgiftslag', 'personuppgiftslagen', 'personuppgiftslagens', 'personal data act']) },
  // Directive 95/46/EC and the national acts that implemented it were repealed when the GDPR applied.
  {
    id: 'repealedAct',
    pattern: words([
      '95/46*', 'directive 95*', 'data protection directive', 'tietosuojadirektiivi*', 'dataskyddsdirektivet', 'data protection act 1998',
      'data protection act of 1998', 'dpa 1998', 'bundesdatenschutzgesetz', 'wet bescherming persoonsgegevens', 'data protection acts 1988',
      // Denmark's act of 2000, replaced by databeskyttelsesloven (502/2018); its name in English, with the country, since
      // acts in force elsewhere are called so ("Act on the Processing of Personal Data in Criminal Matters", 1054/2018).
      'persondataloven', 'persondatalov', 'lov om behandling af personoplysninger', 'danish act on processing of personal data', 'danish act on the processing of personal data',
    ]),
  },
  // Notification of processing to the authority ended with the GDPR (Art. 30 records replaced it).
  { id: 'registration', pattern: words(['registered as a data controller', 'registered data controller', 'notified to the data protection', 'anmäld* till datainspektionen', 'ilmoitettu tietosuojavaltuutetulle']) },
  { id: 'relevantConnection', pattern: words(['asialli* yhtey*', 'sakligt samband*']) },
  { id: 'invalidMechanism', pattern: INVALID_MECHANISM },
  // The decree on patient records (298/2009) was replaced by 94/2022, and the Client Data Act (159/2007) by 703/2023.
  { id: 'replacedHealthAct', pattern: words(['298/2009', '159/2007']) },
  // The Data Protection Board (tietosuojalautakunta) of the Personal Data Act was abolished by the Data Protection Act (1050/2018) on 1 January 2019.
  { id: 'abolishedBoard', pattern: words(['tietosuojalautakun*', 'tietosuojavaltuut* ja -lautakun*', 'dataskyddsnämnd*', 'dataombudsman* och -nämnd*']) },
  // The Population Register Centre and the Local Register Offices became the Digital and Population Data Services Agency on 1 January 2020.
  {
    id: 'renamedAgency',
    pattern: words([
      'väestörekisterikeskuks*', 'väestörekisterikeskus', 'maistraati*', 'maistraatti', 'befolkningsregistercentral*', 'magistraten', 'magistraterna', 'magistratens',
      'population register centre', 'population register center', 'local register office*',
    ]),
  },
] as const;

/**
 * The ePrivacy Directive (2002/58/EC), in force: "sähköisen viestinnän tietosuojadirektiivi", "direktivet
 * om integritet och elektronisk kommunikation". Its name holds that of the repealed one; it is no reference to it.
 */
const EPRIVACY = words([
  'sähköisen viestinnän tietosuojadirektiivi*', 'sähköisen viestinnän tietosuoja-direktiivi*', 'eprivacy*', 'e-privacy*', '2002/58*',
  'directive on privacy and electronic communications', 'privacy and electronic communications directive', 'electronic communications data protection directive',
  'direktivet om integritet och elektronisk kommunikation', 'e-dataskyddsdirektiv*',
]);

/**
 * The GDPR's own full title, which repeals the directive: "and repealing Directive 95/46/EC",
 * "direktiivin 95/46/EY kumoamisesta", "om upphävande av direktiv 95/46/EG". It cites the GDPR, not the directive.
 */
const GDPR_TITLE = /(?:and )?repealing directive 95\/46\/ec|direktiivin 95\/46\/ey kumoamisesta|(?:om )?upphävande av direktiv 95\/46\/eg/giu;

/**
 * A Norwegian controller: its country, its address's or its registration's, or the form of its name ("SEALAB AS",
 * "Equinor ASA"). Norway's Personal Data Act (personopplysningsloven, 2018) is the act in force that makes the GDPR
 * Norwegian law: the words name no repealed act there.
 */
function norwegian(controller: Register['controller']): boolean {
  if (!controller) return false;
  const countries = [controller.country, controller.address?.country, controller.postal_address?.country, controller.registration?.country];
  return countries.includes('NO') || /\sASA?$/u.test(controller.name ?? '');
}

const IN_FORCE_IN_NORWAY = /^personal data act$/iu;

const OLD_ADDRESS = words(supervisoryAuthority.outdated);
/** An old address is only the authority's when the text speaks of the authority. */
const AUTHORITY = words([
  'tietosuojavaltuut*', 'valvontaviranomai*', 'tietosuoja.fi', 'om.fi', 'ombudsman*', 'dataombudsman*', 'supervisory authorit*', 'tillsynsmyndighet*',
]);

export default defineRule(
  {
    id: 'outdated-reference',
    articles: ['Art. 12(1)', 'Art. 13(1)(c)', 'Art. 13(1)(f)', 'Art. 13(2)(d)'],
    severity: 'error',
    description: 'No text cites the repealed Henkilötietolaki, Directive 95/46/EC or another pre-GDPR act, a replaced health-care statute, the abolished Data Protection Board, "asiallinen yhteys", registration as a data controller, Privacy Shield, Safe Harbor, the old standard clauses, the Ombudsman\'s old address or the Population Register Centre, and the notice postdates the GDPR.',
    messages: {
      repealedLaw: {
        en: 'Reference to the repealed Henkilötietolaki {found}: it was replaced by the GDPR and Tietosuojalaki (1050/2018) on 1 January 2019; cite those instead (Art. 13(1)(c))',
        fi: 'Viittaus kumottuun henkilötietolakiin {found}: sen korvasivat tietosuoja-asetus ja tietosuojalaki (1050/2018) 1.1.2019; viittaa niihin (13 art. 1 c)',
        sv: 'Hänvisning till den upphävda personuppgiftslagen {found}: den ersattes av dataskyddsförordningen och dataskyddslagen (1050/2018) den 1 januari 2019; hänvisa till dem i stället (artikel 13.1 c)',
      },
      repealedAct: {
        en: 'Reference to {found}, repealed when the GDPR applied on 25 May 2018: cite the GDPR and the national act now in force instead (Art. 13(1)(c))',
        fi: 'Viittaus {found}, joka kumottiin, kun tietosuoja-asetusta alettiin soveltaa 25.5.2018: viittaa tietosuoja-asetukseen ja voimassa olevaan kansalliseen lakiin (13 art. 1 c)',
        sv: 'Hänvisning till {found}, som upphävdes när dataskyddsförordningen började tillämpas den 25 maj 2018: hänvisa i stället till dataskyddsförordningen och den nationella lag som nu gäller (artikel 13.1 c)',
      },
      registration: {
        en: '{found} refers to the notification of processing to the authority, which the GDPR abolished on 25 May 2018: leave it out (Art. 12(1))',
        fi: '{found} viittaa käsittelyn ilmoittamiseen viranomaiselle, josta luovuttiin tietosuoja-asetuksen myötä 25.5.2018: poista maininta (12 art. 1)',
        sv: '{found} syftar på anmälan av behandling till myndigheten, som slopades med dataskyddsförordningen den 25 maj 2018: stryk den (artikel 12.1)',
      },
      relevantConnection: {
        en: '{found} is a ground of the repealed Henkilötietolaki, not a legal basis under Art. 6(1): name the basis in `legal_basis` instead (Art. 13(1)(c))',
        fi: '{found} on kumotun henkilötietolain käsite eikä 6 artiklan 1 kohdan mukainen oikeusperuste: ilmoita peruste kentässä `legal_basis` (13 art. 1 c)',
        sv: '{found} är ett begrepp i den upphävda personuppgiftslagen, inte en rättslig grund enligt artikel 6.1: ange i stället grunden i `legal_basis` (artikel 13.1 c)',
      },
      invalidMechanism: {
        en: 'Reference to {found}, which is no longer a valid ground for transfers: Privacy Shield and Safe Harbor were invalidated by the CJEU, and the old standard clauses, repealed in 2021, could be relied on for older contracts only until 27 December 2022 (Art. 13(1)(f))',
        fi: 'Viittaus {found}, joka ei ole enää pätevä siirtoperuste: EU-tuomioistuin mitätöi Privacy Shieldin ja Safe Harborin; vanhat vakiosopimuslausekkeet kumottiin vuonna 2021, ja ennen sitä tehtyihin sopimuksiin niitä sai soveltaa vain 27.12.2022 asti (13 art. 1 f)',
        sv: 'Hänvisning till {found}, som inte längre är en giltig grund för överföringar: EU-domstolen ogiltigförklarade Privacy Shield och Safe Harbor, och de gamla standardavtalsklausulerna, som upphävdes 2021, fick tillämpas på äldre avtal endast fram till den 27 december 2022 (artikel 13.1 f)',
      },
      replacedHealthAct: {
        en: 'Reference to {found}: the decree on patient records 298/2009 was replaced by decree 94/2022, and the Act on the Electronic Processing of Client Data 159/2007 by Act 703/2023; cite those in force (Art. 12(1), Art. 13(1)(c))',
        fi: 'Viittaus {found}: potilasasiakirja-asetus 298/2009 on korvattu asetuksella 94/2022 ja asiakastietolaki 159/2007 lailla 703/2023; viittaa voimassa oleviin (12 art. 1, 13 art. 1 c)',
        sv: 'Hänvisning till {found}: förordningen om journalhandlingar 298/2009 har ersatts av förordning 94/2022, och klientuppgiftslagen 159/2007 av lag 703/2023; hänvisa till dem som gäller (artikel 12.1 och 13.1 c)',
        severity: 'warn',
      },
      abolishedBoard: {
        en: 'Reference to {found}: the Data Protection Board (tietosuojalautakunta) was abolished when the Data Protection Act (1050/2018) came into force on 1 January 2019; the Data Protection Ombudsman supervises the processing (Art. 12(1))',
        fi: 'Viittaus {found}: tietosuojalautakunta lakkautettiin, kun tietosuojalaki (1050/2018) tuli voimaan 1.1.2019; käsittelyä valvoo tietosuojavaltuutettu (12 art. 1)',
        sv: 'Hänvisning till {found}: dataskyddsnämnden (tietosuojalautakunta) avskaffades när dataskyddslagen (1050/2018) trädde i kraft den 1 januari 2019; dataombudsmannen övervakar behandlingen (artikel 12.1)',
      },
      renamedAgency: {
        en: 'Reference to {found}: since 1 January 2020 the Population Register Centre and the Local Register Offices are the Digital and Population Data Services Agency (Digi- ja väestötietovirasto); name it so (Art. 12(1))',
        fi: 'Viittaus {found}: Väestörekisterikeskus ja maistraatit ovat 1.1.2020 alkaen Digi- ja väestötietovirasto; käytä sen nimeä (12 art. 1)',
        sv: 'Hänvisning till {found}: sedan den 1 januari 2020 är Befolkningsregistercentralen och magistraterna Myndigheten för digitalisering och befolkningsdata; använd dess namn (artikel 12.1)',
      },
      oldAddress: {
        en: 'The Data Protection Ombudsman\'s old address {found}: the office is at {current}; leave the authority\'s details out, Seloste adds them to the complaint right from its own data (Art. 13(2)(d))',
        fi: 'Tietosuojavaltuutetun toimiston vanha osoite {found}: toimisto on osoitteessa {current}; jätä viranomaisen yhteystiedot pois, Seloste lisää ne valitusoikeuden yhteyteen omista tiedoistaan (13 art. 2 d)',
        sv: 'Dataombudsmannens byrås gamla adress {found}: byrån finns på {current}; utelämna myndighetens kontaktuppgifter, Seloste lägger själv till dem vid rätten att klaga ur sina egna uppgifter (artikel 13.2 d)',
      },
      beforeGdpr: {
        en: 'The notice was last updated on `{date}`, before the GDPR applied on 25 May 2018: review it against Art. 13 and 14 and update `updated` (Art. 12(1))',
        fi: 'Seloste on päivitetty viimeksi `{date}`, ennen kuin tietosuoja-asetusta alettiin soveltaa 25.5.2018: tarkista se 13 ja 14 artiklan mukaiseksi ja päivitä `updated` (12 art. 1)',
        sv: 'Beskrivningen uppdaterades senast `{date}`, innan dataskyddsförordningen började tillämpas den 25 maj 2018: granska den mot artikel 13 och 14 och uppdatera `updated` (artikel 12.1)',
      },
    },
  },
  ({ register, config, report }) => {
    if (beforeGdpr(register)) report(['updated'], 'beforeGdpr', { date: register.updated as string });
    // A safeguard link is not free text, but a privacyshield.gov page is no safeguard either.
    if (Array.isArray(register.transfers)) {
      register.transfers.forEach((t, i) => {
        const found = t.safeguard_url ? findWords(t.safeguard_url, INVALID_MECHANISM) : [];
        if (found.length) report(['transfers', i, 'safeguard_url'], 'invalidMechanism', { found: listed(found) });
      });
    }
    const current = supervisoryAuthority.visiting_address[config.messageLanguage] ?? '';
    const norway = norwegian(register.controller);
    for (const { path, text } of allTexts(register)) {
      for (const { path: at, value } of languageVersions(path, text)) {
        for (const kind of KINDS) {
          const all = findWords(kind.id === 'repealedAct' ? value.replace(EPRIVACY, ' ').replace(GDPR_TITLE, ' ') : value, kind.pattern);
          // The act of 2000 (LOV-2000-04-14-31) is Norway's repealed one: named with its year, it is still reported.
          const found = kind.id === 'repealedLaw' && norway && !/(?<!\d)2000(?!\d)/u.test(value) ? all.filter((f) => !IN_FORCE_IN_NORWAY.test(f)) : all;
          if (found.length) report(at, kind.id, { found: listed(found) });
        }
        const old = findWords(value, OLD_ADDRESS);
        AUTHORITY.lastIndex = 0;
        if (old.length && AUTHORITY.test(value)) report(at, 'oldAddress', { found: listed(old), current: `\`${current}\`` });
      }
    }
  },
);
