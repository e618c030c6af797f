/**
 * Data that identify no one: anonymised, aggregate or non-identifying ("tunnisteettomalla
 * aineistolla", "anonymised data", "avidentifierade uppgifter"). What is done with them, or who gets
 * them, says nothing about anyone's personal data.
 */
import { words } from './words.js';

export const NOT_PERSONAL = words([
  'ei-yksilöiv*', 'yksilöimät*', 'tunnisteettom*', 'tunnistamattom*', 'anonyymi*', 'anonymisoi*',
  'anonymous', 'anonymised', 'anonymized', 'aggregate*', 'anonym*', 'avidentifier*',
]);
