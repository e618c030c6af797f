/**
 * The words of the what-changed pages and the change feed, per language. `{register}`, `{date}`,
 * `{previous}` and `{site}` are filled in; the dates are written as the notices write them.
 */
import type { SummaryLang } from '../diff/phrases/index.js';

export interface ChangeWords {
  lang: SummaryLang;
  /** Title of a what-changed page. */
  pageTitle: string;
  /** Under its heading: which two versions are compared (each date links to its version). */
  compared: string;
  /** Heading of the author's `changes:` entries. */
  description: string;
  material: string;
  /** Under the heading of material changes: what makes a change material. */
  materialIntro: string;
  other: string;
  /** When the comparison finds nothing. */
  none: string;
  /** Link from a notice to the what-changed page of its own version. */
  thisVersion: string;
  /** Link beside an earlier version in the list of versions. */
  short: string;
  feedTitle: string;
  feedSubtitle: string;
  entryTitle: string;
  /** Added to an entry's title when the version has material changes. */
  entryMaterial: string;
  /** The entry of the first version published. */
  firstVersion: string;
  /** Link from a feed entry to its what-changed page. */
  seeChanges: string;
  /** Label of the category that marks an entry with material changes. */
  materialCategory: string;
}

const en: ChangeWords = {
  lang: 'en',
  pageTitle: '{register}: what changed on {date}',
  compared: 'This page compares the version of {date} with the previous version, of {previous}.',
  description: 'Description of the changes',
  material: 'Material changes',
  materialIntro: 'Changes that data subjects are to be told of actively, before they take effect (GDPR Art. 13(3) and 14(4)):',
  other: 'Other changes',
  none: 'The comparison found no change in what the notice says about the processing of personal data.',
  thisVersion: 'What changed in this version',
  short: 'what changed',
  feedTitle: '{site}: changes',
  feedSubtitle: 'New versions of the privacy notices and what changed in them.',
  entryTitle: '{register}, updated {date}',
  entryMaterial: ': material changes',
  firstVersion: 'The first version published here.',
  seeChanges: 'What changed, compared with the previous version',
  materialCategory: 'Material change',
};

const fi: ChangeWords = {
  lang: 'fi',
  pageTitle: '{register}: mitä muuttui {date}',
  compared: 'Tällä sivulla verrataan {date} päivitettyä versiota edelliseen, {previous} päivitettyyn versioon.',
  description: 'Muutosten kuvaus',
  material: 'Olennaiset muutokset',
  materialIntro: 'Muutokset, joista rekisteröidyille on kerrottava aktiivisesti ennen niiden voimaantuloa (tietosuoja-asetuksen 13 artiklan 3 kohta ja 14 artiklan 4 kohta):',
  other: 'Muut muutokset',
  none: 'Vertailussa ei löytynyt muutoksia siihen, mitä seloste kertoo henkilötietojen käsittelystä.',
  thisVersion: 'Mitä tässä versiossa muuttui',
  short: 'mitä muuttui',
  feedTitle: '{site}: muutokset',
  feedSubtitle: 'Tietosuojaselosteiden uudet versiot ja niiden muutokset.',
  entryTitle: '{register}, päivitetty {date}',
  entryMaterial: ': olennaisia muutoksia',
  firstVersion: 'Ensimmäinen tässä julkaistu versio.',
  seeChanges: 'Mitä muuttui edelliseen versioon verrattuna',
  materialCategory: 'Olennainen muutos',
};

const sv: ChangeWords = {
  lang: 'sv',
  pageTitle: '{register}: vad som ändrades den {date}',
  compared: 'Här jämförs versionen från den {date} med den föregående versionen från den {previous}.',
  description: 'Beskrivning av ändringarna',
  material: 'Väsentliga ändringar',
  materialIntro: 'Ändringar som de registrerade ska informeras aktivt om innan de börjar gälla (artiklarna 13.3 och 14.4 i dataskyddsförordningen):',
  other: 'Övriga ändringar',
  none: 'Jämförelsen hittade inga ändringar i det som beskrivningen säger om behandlingen av personuppgifter.',
  thisVersion: 'Vad som ändrades i den här versionen',
  short: 'vad som ändrades',
  feedTitle: '{site}: ändringar',
  feedSubtitle: 'Nya versioner av dataskyddsbeskrivningarna och vad som ändrades i dem.',
  entryTitle: '{register}, uppdaterad {date}',
  entryMaterial: ': väsentliga ändringar',
  firstVersion: 'Den första versionen som publicerats här.',
  seeChanges: 'Vad som ändrades jämfört med den föregående versionen',
  materialCategory: 'Väsentlig ändring',
};

const WORDS: Record<SummaryLang, ChangeWords> = { en, fi, sv };

/** The words for a language of the site (the config allows only these). */
export function changeWords(lang: string): ChangeWords {
  if (!Object.hasOwn(WORDS, lang)) throw new Error(`no change words for ${lang}`);
  return WORDS[lang as SummaryLang];
}
