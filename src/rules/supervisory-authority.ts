// GDPR Art. 77, 13(2)(d), 14(2)(e), 56: the right to lodge a complaint with the supervisory authority — the controller's own, not always Finland's.
import { defineRule } from '../check/rule.js';
import { allTexts } from '../check/text.js';
import { findWords, languageVersions, listed, words } from '../check/words.js';
import { supervisoryAuthority } from '../data/data.js';
import { authorityOf, authorityShortName, localised, supervisoryAuthorities, type SupervisoryAuthority } from '../data/supervisory-authorities.js';
import type { PathSegment } from '../load/yaml-ast.js';
import type { Register } from '../types.js';

const digits = (phone: string): string => phone.replace(/\D/g, '').replace(/^358/, '0');

/** The Finnish Ombudsman by name or web address, in the three languages. */
const FINNISH_AUTHORITY = words(['tietosuojavaltuut*', 'dataombudsman*', 'data protection ombudsman*', 'tietosuoja.fi']);
/**
 * A text that speaks of where the data subject lives or works may rightly name the Finnish Ombudsman
 * as the authority there (Art. 77(1)): such a text is left alone.
 */
const RESIDENCE = words([
  'asuinpaik*', 'asuinmaa*', 'asuinvaltio*', 'työpaik*', 'residen*', 'place of work', 'habitual*', 'vistelseort*', 'hemvist*', 'bosatt*', 'arbetsplats*',
]);

/** The web host of each authority (`imy.se`): an e-mail address there is the authority's. */
const HOSTS = supervisoryAuthorities.authorities.map((a) => ({ authority: a, host: new URL(localised(a.website, 'en')).hostname.replace(/^www\./, '') }));

export default defineRule(
  {
    id: 'supervisory-authority',
    articles: ['Art. 77', 'Art. 13(2)(d)', 'Art. 14(2)(e)', 'Art. 56'],
    severity: 'error',
    description: 'The right to complain to the supervisory authority is never restricted, the authority\'s contact details are not given as the controller\'s own, and a controller outside Finland does not send complaints to the Finnish Ombudsman.',
    messages: {
      restricted: {
        en: 'Restriction of `complaint`: every data subject may lodge a complaint with a supervisory authority, so this right cannot be restricted (Art. 77)',
        fi: 'Oikeutta `complaint` rajoitetaan: jokaisella rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle, joten oikeutta ei voi rajoittaa (77 art.)',
        sv: 'Begränsning av `complaint`: varje registrerad har rätt att lämna in klagomål till en tillsynsmyndighet, så den här rättigheten kan inte begränsas (artikel 77)',
      },
      authorityContact: {
        en: '`{value}` is the contact detail of the {authority}, not of the controller: data subjects exercise their rights with the controller, and Seloste adds the authority\'s details to the complaint right itself (Art. 13(2)(d))',
        fi: '`{value}` on valvontaviranomaisen ({authority}) yhteystieto eikä rekisterinpitäjän: rekisteröity käyttää oikeuksiaan rekisterinpitäjää kohtaan, ja Seloste lisää viranomaisen yhteystiedot valitusoikeuden yhteyteen itse (13 art. 2 d)',
        sv: '`{value}` är en kontaktuppgift till {authority}, inte till den personuppgiftsansvarige: de registrerade utövar sina rättigheter hos den personuppgiftsansvarige, och Seloste lägger själv till myndighetens kontaktuppgifter vid rätten att klaga (artikel 13.2 d)',
      },
      unknownAuthority: {
        en: '`supervisory_authority` is `{value}`, which is not an EU or EEA country: give the country code of the controller\'s lead supervisory authority, e.g. `SE` (Art. 56)',
        fi: '`supervisory_authority` on `{value}`, joka ei ole EU- tai ETA-maa: ilmoita rekisterinpitäjän johtavan valvontaviranomaisen maakoodi, esim. `SE` (56 art.)',
        sv: '`supervisory_authority` är `{value}`, som inte är ett EU- eller EES-land: ange landskoden för den personuppgiftsansvariges ansvariga tillsynsmyndighet, t.ex. `SE` (artikel 56)',
      },
      finnishAuthority: {
        en: 'The text names the Finnish Data Protection Ombudsman ({found}), but this controller\'s supervisory authority is the {authority} (`{country}`), which Seloste names in the complaint section: leave the Ombudsman out (Art. 13(2)(d), 56)',
        fi: 'Tekstissä mainitaan Suomen tietosuojavaltuutettu ({found}), mutta tämän rekisterinpitäjän valvontaviranomainen on {authority} (`{country}`), jonka Seloste nimeää valitusoikeuden yhteydessä: jätä tietosuojavaltuutettu pois (13 art. 2 d, 56 art.)',
        sv: 'Texten nämner Dataombudsmannen i Finland ({found}), men den här personuppgiftsansvariges tillsynsmyndighet är {authority} (`{country}`), som Seloste anger vid rätten att klaga: utelämna Dataombudsmannen (artikel 13.2 d och 56)',
      },
    },
  },
  ({ register, facts, config, report }) => {
    register.rights?.restrictions?.forEach((r, i) => {
      if (r.right === 'complaint') report(['rights', 'restrictions', i, 'right'], 'restricted');
    });
    const override = register.supervisory_authority;
    if (typeof override === 'string' && !authorityOf(override)) report(['supervisory_authority'], 'unknownAuthority', { value: override });
    checkContacts(register, config.messageLanguage, report);

    const { authority, country } = facts.authority;
    if (!authority || !country || country === 'FI') return;
    const named = authorityShortName(authority, config.messageLanguage);
    // A list of authorities the person may turn to that has the controller's own names the Ombudsman rightly (Art. 77(1)).
    const own = ownAuthorityWords(authority);
    if (allTexts(register).some(({ text }) => languageVersions([], text).some(({ value }) => findWords(value, own).length > 0))) return;
    for (const { path, text } of allTexts(register)) {
      for (const { path: at, value } of languageVersions(path, text)) {
        const found = findWords(value, FINNISH_AUTHORITY);
        if (found.length && !findWords(value, RESIDENCE).length) report(at, 'finnishAuthority', { found: listed(found), authority: named, country });
      }
    }
  },
);

/** A name any country's authority could have ("Data Protection Authority"): it tells no authority apart. */
const GENERIC_NAME = /^(?:the )?data protection (?:authority|agency|commission|ombudsman)$/iu;

/** The controller's own authority by any of its names that tell it apart: "Integritetsskyddsmyndigheten", "Swedish Authority for Privacy Protection". */
function ownAuthorityWords(authority: SupervisoryAuthority): RegExp {
  return words(Object.values(authority.name).filter((n) => !GENERIC_NAME.test(n.trim())));
}

type Report = (path: readonly PathSegment[], messageId: string, params?: Record<string, string | number>) => void;

/** The authority's e-mail address or phone number given as a contact of the controller's side. */
function checkContacts(register: Register, lang: string, report: Report): void {
  const finnish = supervisoryAuthority.name[lang] ?? supervisoryAuthority.name['fi'] ?? '';
  const contacts: { path: PathSegment[]; email?: string | undefined; phone?: string | undefined }[] = [
    { path: ['controller'], email: register.controller?.email, phone: register.controller?.phone },
    { path: ['dpo'], email: register.dpo?.email, phone: register.dpo?.phone },
    { path: ['contact_person'], email: register.contact_person?.email, phone: register.contact_person?.phone },
    { path: ['representative'], email: register.representative?.email, phone: register.representative?.phone },
  ];
  register.rights?.channels?.forEach((c, i) => contacts.push({ path: ['rights', 'channels', i], email: c.email, phone: c.phone }));
  for (const { path, email, phone } of contacts) {
    if (email) {
      const domain = email.toLowerCase().split('@')[1] ?? '';
      const other = HOSTS.find(({ host }) => domain === host || domain.endsWith(`.${host}`));
      if (email.toLowerCase() === supervisoryAuthority.email.toLowerCase()) report([...path, 'email'], 'authorityContact', { value: email, authority: finnish });
      else if (other) report([...path, 'email'], 'authorityContact', { value: email, authority: authorityShortName(other.authority, lang) });
    }
    if (phone && digits(phone) === digits(supervisoryAuthority.phone)) report([...path, 'phone'], 'authorityContact', { value: phone, authority: finnish });
  }
}
