/**
 * The browser as the way to refuse cookies: its settings ("selaimen asetuksista", "browser settings"),
 * or the browser named alone in a sentence where the reader can block or remove cookies with it ("you
 * can block cookies in your browser", "Most web browsers allow you to turn off cookies"). "din
 * webbläsare begär innehåll från …" and "session cookies are deleted when you close your browser" offer
 * no way to refuse. Cookie settings said of the browser are its settings too ("manage your cookie
 * settings in your browser").
 */
import { BLOCKS, BROWSER, BROWSER_SETTINGS, browsersCookieSettings, COOKIE_WORD, LETS_READER_BLOCK, READER_CAN } from './consent-words.js';
import { sentences } from './text.js';
import { findWords } from './words.js';

function offersBlocking(sentence: string): boolean {
  return [BLOCKS, COOKIE_WORD].every((list) => findWords(sentence, list).length > 0) && (findWords(sentence, READER_CAN).length > 0 || LETS_READER_BLOCK.test(sentence));
}


/** The words of a text that offer the browser as the way to refuse cookies. */
export function browserRefusal(value: string): string[] {
  return [...findWords(value, BROWSER_SETTINGS), ...sentences(value).flatMap((s) => (offersBlocking(s) || browsersCookieSettings(s) ? findWords(s, BROWSER) : []))];
}
