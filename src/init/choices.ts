/**
 * The choices `seloste init` offers: each value as the register writes it, its term in Finnish and
 * Swedish (an answer may be either), and a line of help in each language of the interface.
 */
import type { MessageLanguage } from '../interface-language.js';
import type { LegalBasis, Provision, RecipientRole, SourceType, TransferMechanism } from '../types.js';

export interface Choice<T extends string> {
  value: T;
  /** The Finnish term. */
  fi: string;
  /** The Swedish term. */
  sv: string;
  /** One line: what it means. */
  help: Readonly<Record<MessageLanguage, string>>;
}

export const LEGAL_BASIS_CHOICES: readonly Choice<LegalBasis>[] = [
  {
    value: 'consent',
    fi: 'suostumus',
    sv: 'samtycke',
    help: {
      en: 'the person has agreed to it and may withdraw at any time (Art. 6(1)(a))',
      fi: 'henkilö on antanut suostumuksensa ja voi peruuttaa sen milloin tahansa (6 art. 1 a)',
      sv: 'personen har samtyckt och kan återkalla samtycket när som helst (artikel 6.1 a)',
    },
  },
  {
    value: 'contract',
    fi: 'sopimus',
    sv: 'avtal',
    help: {
      en: 'needed to perform a contract with the person, or to enter into one (Art. 6(1)(b))',
      fi: 'tarpeen henkilön kanssa tehdyn sopimuksen täytäntöönpanemiseksi tai sopimuksen tekemiseksi (6 art. 1 b)',
      sv: 'nödvändigt för att fullgöra ett avtal med personen eller för att ingå ett (artikel 6.1 b)',
    },
  },
  {
    value: 'legal_obligation',
    fi: 'lakisääteinen velvoite',
    sv: 'rättslig förpliktelse',
    help: {
      en: 'a law obliges the controller to process the data (Art. 6(1)(c))',
      fi: 'laki velvoittaa rekisterinpitäjän käsittelemään tiedot (6 art. 1 c)',
      sv: 'en lag förpliktar den personuppgiftsansvarige att behandla uppgifterna (artikel 6.1 c)',
    },
  },
  {
    value: 'vital_interests',
    fi: 'elintärkeät edut',
    sv: 'grundläggande intressen',
    help: {
      en: "needed to protect someone's life or health (Art. 6(1)(d))",
      fi: 'tarpeen jonkun hengen tai terveyden suojaamiseksi (6 art. 1 d)',
      sv: 'nödvändigt för att skydda någons liv eller hälsa (artikel 6.1 d)',
    },
  },
  {
    value: 'public_task',
    fi: 'yleistä etua koskeva tehtävä',
    sv: 'uppgift av allmänt intresse',
    help: {
      en: 'a task in the public interest or official authority set by law (Art. 6(1)(e))',
      fi: 'laissa säädetty yleistä etua koskeva tehtävä tai julkisen vallan käyttäminen (6 art. 1 e)',
      sv: 'en uppgift av allmänt intresse eller myndighetsutövning som fastställts i lag (artikel 6.1 e)',
    },
  },
  {
    value: 'legitimate_interests',
    fi: 'oikeutettu etu',
    sv: 'berättigat intresse',
    help: {
      en: "the controller's or another's interest, weighed against the person's rights (Art. 6(1)(f))",
      fi: 'rekisterinpitäjän tai muun tahon etu, punnittuna henkilön oikeuksia vasten (6 art. 1 f)',
      sv: 'den personuppgiftsansvariges eller någon annans intresse, avvägt mot personens rättigheter (artikel 6.1 f)',
    },
  },
];

export const PROVISION_CHOICES: readonly Choice<Provision>[] = [
  {
    value: 'statutory',
    fi: 'laki edellyttää',
    sv: 'lagstadgat',
    help: { en: 'a law requires the person to give the data', fi: 'laki velvoittaa henkilön antamaan tiedot', sv: 'en lag förpliktar personen att lämna uppgifterna' },
  },
  {
    value: 'contractual',
    fi: 'sopimus edellyttää',
    sv: 'avtalsenligt',
    help: { en: 'the contract requires the data', fi: 'sopimus edellyttää tietoja', sv: 'avtalet kräver uppgifterna' },
  },
  {
    value: 'contract_precondition',
    fi: 'sopimuksen edellytys',
    sv: 'villkor för avtal',
    help: { en: 'no contract can be made without the data', fi: 'sopimusta ei voi tehdä ilman tietoja', sv: 'inget avtal kan ingås utan uppgifterna' },
  },
  {
    value: 'voluntary',
    fi: 'vapaaehtoinen',
    sv: 'frivilligt',
    help: { en: 'giving the data is up to the person', fi: 'henkilö päättää itse, antaako tiedot', sv: 'personen bestämmer själv om uppgifterna lämnas' },
  },
];

export const SOURCE_CHOICES: readonly Choice<Exclude<SourceType, 'data_subject'>>[] = [
  {
    value: 'observation',
    fi: 'havainnointi',
    sv: 'observation',
    help: {
      en: 'observed while the person uses a service: cookies, analytics, recordings',
      fi: 'havaitaan henkilön käyttäessä palvelua: evästeet, analytiikka, tallenteet',
      sv: 'observeras när personen använder en tjänst: kakor, analys, inspelningar',
    },
  },
  {
    value: 'organisation',
    fi: 'organisaatio',
    sv: 'organisation',
    help: {
      en: 'a named organisation, e.g. an employer or a partner',
      fi: 'nimetty organisaatio, esim. työnantaja tai yhteistyökumppani',
      sv: 'en namngiven organisation, t.ex. en arbetsgivare eller en samarbetspartner',
    },
  },
  {
    value: 'public',
    fi: 'julkinen lähde',
    sv: 'offentlig källa',
    help: {
      en: 'a public source, e.g. the trade register or a website',
      fi: 'julkinen lähde, esim. kaupparekisteri tai verkkosivusto',
      sv: 'en offentlig källa, t.ex. handelsregistret eller en webbplats',
    },
  },
  {
    value: 'authority',
    fi: 'viranomainen',
    sv: 'myndighet',
    help: {
      en: 'an authority, e.g. the Digital and Population Data Services Agency',
      fi: 'viranomainen, esim. Digi- ja väestötietovirasto',
      sv: 'en myndighet, t.ex. Myndigheten för digitalisering och befolkningsdata',
    },
  },
];

export const ROLE_CHOICES: readonly Choice<RecipientRole>[] = [
  {
    value: 'processor',
    fi: 'henkilötietojen käsittelijä',
    sv: 'personuppgiftsbiträde',
    help: {
      en: 'processes the data on your behalf, e.g. a hosting or payroll service, or a group company doing so',
      fi: 'käsittelee tietoja puolestasi, esim. palvelin- tai palkanlaskentapalvelu tai niin toimiva konserniyhtiö',
      sv: 'behandlar uppgifterna för din räkning, t.ex. en webbhotell- eller lönetjänst, eller ett koncernbolag som gör det',
    },
  },
  {
    value: 'controller',
    fi: 'rekisterinpitäjä',
    sv: 'personuppgiftsansvarig',
    help: {
      en: 'uses the data for its own purposes, e.g. a bank or an insurer',
      fi: 'käyttää tietoja omiin tarkoituksiinsa, esim. pankki tai vakuutusyhtiö',
      sv: 'använder uppgifterna för egna ändamål, t.ex. en bank eller ett försäkringsbolag',
    },
  },
  {
    value: 'joint_controller',
    fi: 'yhteisrekisterinpitäjä',
    sv: 'gemensamt personuppgiftsansvarig',
    help: { en: 'decides on the processing together with you', fi: 'päättää käsittelystä yhdessä kanssasi', sv: 'bestämmer om behandlingen tillsammans med dig' },
  },
  {
    value: 'authority',
    fi: 'viranomainen',
    sv: 'myndighet',
    help: {
      en: 'an authority that receives the data, e.g. the Tax Administration',
      fi: 'viranomainen, joka saa tietoja, esim. Verohallinto',
      sv: 'en myndighet som tar emot uppgifterna, t.ex. Skatteförvaltningen',
    },
  },
];

export const MECHANISM_CHOICES: readonly Choice<TransferMechanism>[] = [
  {
    value: 'adequacy',
    fi: 'riittävyyspäätös',
    sv: 'beslut om adekvat skyddsnivå',
    help: {
      en: 'the Commission has found the country adequate (Art. 45)',
      fi: 'komissio on todennut maan tietosuojan tason riittäväksi (45 art.)',
      sv: 'kommissionen har beslutat att landet har en adekvat skyddsnivå (artikel 45)',
    },
  },
  {
    value: 'data_privacy_framework',
    fi: 'tietosuojakehys',
    sv: 'dataskyddsramen',
    help: {
      en: 'a US recipient certified under the EU-US Data Privacy Framework',
      fi: 'yhdysvaltalainen vastaanottaja, joka on sertifioitu EU:n ja Yhdysvaltojen tietosuojakehykseen',
      sv: 'en mottagare i USA som är certifierad enligt ramen för dataskydd mellan EU och USA',
    },
  },
  {
    value: 'standard_contractual_clauses',
    fi: 'vakiosopimuslausekkeet',
    sv: 'standardavtalsklausuler',
    help: {
      en: 'the standard contractual clauses of 2021/914 (Art. 46(2)(c))',
      fi: 'päätöksen 2021/914 vakiosopimuslausekkeet (46 art. 2 c)',
      sv: 'standardavtalsklausulerna i beslut 2021/914 (artikel 46.2 c)',
    },
  },
  {
    value: 'binding_corporate_rules',
    fi: 'sitovat yrityssäännöt',
    sv: 'bindande företagsbestämmelser',
    help: {
      en: 'approved binding corporate rules of a group (Art. 47)',
      fi: 'konsernin hyväksytyt sitovat yrityssäännöt (47 art.)',
      sv: 'en koncerns godkända bindande företagsbestämmelser (artikel 47)',
    },
  },
  {
    value: 'public_authority_instrument',
    fi: 'viranomaisten välinen asiakirja',
    sv: 'instrument mellan myndigheter',
    help: {
      en: 'an instrument between public authorities (Art. 46(2)(a))',
      fi: 'viranomaisten välinen oikeudellisesti sitova asiakirja (46 art. 2 a)',
      sv: 'ett rättsligt bindande instrument mellan offentliga myndigheter (artikel 46.2 a)',
    },
  },
  {
    value: 'code_of_conduct',
    fi: 'käytännesäännöt',
    sv: 'uppförandekod',
    help: { en: 'an approved code of conduct (Art. 46(2)(e))', fi: 'hyväksytyt käytännesäännöt (46 art. 2 e)', sv: 'en godkänd uppförandekod (artikel 46.2 e)' },
  },
  {
    value: 'certification',
    fi: 'sertifiointi',
    sv: 'certifiering',
    help: { en: 'an approved certification mechanism (Art. 46(2)(f))', fi: 'hyväksytty sertifiointimekanismi (46 art. 2 f)', sv: 'en godkänd certifieringsmekanism (artikel 46.2 f)' },
  },
  {
    value: 'authorised_clauses',
    fi: 'hyväksytyt sopimuslausekkeet',
    sv: 'godkända avtalsklausuler',
    help: {
      en: 'clauses authorised by the supervisory authority (Art. 46(3))',
      fi: 'valvontaviranomaisen hyväksymät sopimuslausekkeet (46 art. 3)',
      sv: 'avtalsklausuler som tillsynsmyndigheten har godkänt (artikel 46.3)',
    },
  },
  {
    value: 'derogation_consent',
    fi: 'nimenomainen suostumus',
    sv: 'uttryckligt samtycke',
    help: {
      en: 'the person has explicitly consented to the transfer (Art. 49(1)(a))',
      fi: 'henkilö on nimenomaisesti suostunut siirtoon (49 art. 1 a)',
      sv: 'personen har uttryckligen samtyckt till överföringen (artikel 49.1 a)',
    },
  },
  {
    value: 'derogation_contract',
    fi: 'sopimuksen täytäntöönpano',
    sv: 'fullgörande av avtal',
    help: {
      en: 'the transfer is necessary for a contract with the person (Art. 49(1)(b))',
      fi: 'siirto on tarpeen henkilön kanssa tehdyn sopimuksen täytäntöönpanemiseksi (49 art. 1 b)',
      sv: 'överföringen är nödvändig för att fullgöra ett avtal med personen (artikel 49.1 b)',
    },
  },
  {
    value: 'derogation_public_interest',
    fi: 'tärkeä yleinen etu',
    sv: 'viktigt allmänintresse',
    help: {
      en: 'important reasons of public interest (Art. 49(1)(d))',
      fi: 'yleistä etua koskevat tärkeät syyt (49 art. 1 d)',
      sv: 'viktiga skäl som rör allmänintresset (artikel 49.1 d)',
    },
  },
  {
    value: 'derogation_legal_claims',
    fi: 'oikeusvaateet',
    sv: 'rättsliga anspråk',
    help: {
      en: 'to establish, exercise or defend legal claims (Art. 49(1)(e))',
      fi: 'oikeusvaateen laatiminen, esittäminen tai puolustaminen (49 art. 1 e)',
      sv: 'för att fastställa, göra gällande eller försvara rättsliga anspråk (artikel 49.1 e)',
    },
  },
  {
    value: 'derogation_vital_interests',
    fi: 'elintärkeät edut',
    sv: 'grundläggande intressen',
    help: {
      en: "to protect someone's vital interests (Art. 49(1)(f))",
      fi: 'jonkun elintärkeiden etujen suojaaminen (49 art. 1 f)',
      sv: 'för att skydda någons grundläggande intressen (artikel 49.1 f)',
    },
  },
];
