/**
 * Data that identify no one: anonymised, aggregate or non-identifying ("tunnisteettomalla
 * aineistolla", "anonymised data", "avidentifierade uppgifter"). What is done with them, or who gets
 * them, says nothing about anyone's personal data.
 */
import { words } from './words.js';

export const NOT_PERSONAL = words([
  'ei-yksilöiv*', 'yksilöimät*', 'tunnisteettom*', 'tunnistamattom*', 'anonyymi*', 'anonymisoi*',
  'anonymous', 'anonymised', 'anonymized', 'aggregate*', 'anonym*', 'avidentifier*',
  // Said of the persons: "siten, että yksittäiset henkilöt eivät ole tunnistettavissa", "so that no one can be identified".
  'eivät ole tunnistettavissa', 'ei ole tunnistettavissa', 'cannot be identified', 'can not be identified', 'not identifiable', 'inte kan identifieras', 'inte är identifierbar*',
]);
