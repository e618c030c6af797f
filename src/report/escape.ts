/**
 * Text from registers (values, keys, file names) reaches the terminal in every report. Control
 * characters there could clear the screen, set the window title, move the cursor or reorder what is
 * shown (bidi overrides), so they are printed as escapes a reader can see: `\x1b`, `\u202e`.
 */

// C0 controls but tab, DEL, C1 controls; the line and paragraph separators; the bidi marks,
// embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every control character and bidi control written as a visible escape. */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** Whether the text holds a character that `escapeTerminal` would escape. */
export function hasUnsafe(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}

/** The same for text that may span lines: line feeds stay. */
export function escapeTerminalLines(text: string): string {
  return text.split('\n').map(escapeTerminal).join('\n');
}

// JSON.stringify escapes C0 controls but leaves these as they are.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with the controls JSON.stringify leaves raw written as `\u` escapes: the same data, safe to print. */
export function escapeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
