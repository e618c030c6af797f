/**
 * The document catalog of a notice PDF with what PDF/UA-1 asks of it (ISO 14289-1, 7.1, 7.2):
 * the XMP metadata stream, the natural language, the title shown in the viewer's window, and the
 * mark that the content is tagged. Everything else Chromium wrote is kept as it was.
 */
import { dictionaryEntries, hexText, writeDictionary } from './dictionary.js';

/** The dictionary `value` (an inline `<<…>>`, or none) with `key` set. */
function withEntry(value: string | undefined, key: string, entry: string): string {
  const entries = new Map(value?.startsWith('<<') ? dictionaryEntries(value).map((e) => [e.key, e.value]) : []);
  entries.set(key, entry);
  return writeDictionary(entries);
}

/** A language tag as a PDF string: literal when it is plain ASCII letters and hyphens. */
function langString(lang: string): string {
  return /^[A-Za-z0-9-]+$/.test(lang) ? `(${lang})` : hexText(lang);
}

/** `catalog` is the catalog dictionary as written, `metadata` a reference to the XMP stream. */
export function accessibleCatalog(catalog: string, metadata: string, lang: string): string {
  const entries = new Map(dictionaryEntries(catalog).map((e) => [e.key, e.value]));
  entries.set('Metadata', metadata);
  entries.set('Lang', langString(lang));
  entries.set('MarkInfo', withEntry(entries.get('MarkInfo'), 'Marked', 'true'));
  entries.set('ViewerPreferences', withEntry(entries.get('ViewerPreferences'), 'DisplayDocTitle', 'true'));
  return writeDictionary(entries);
}
