/**
 * Text from an archive or an export never reaches the terminal raw: a title holding
 * `ESC ]0;…BEL` would retitle the window, `ESC [2J` clear it, `\r` overwrite a line, U+202E
 * reverse what follows. The CLI prints through `console`, and `guardConsole` passes all of it
 * through `terminalSafe`; JSON output is made plain ASCII-safe by `jsonSafe`.
 */
import { format } from 'node:util';

/** C0 controls but \t and \n, DEL, C1 controls (U+0080–U+009F), bidi embeddings, overrides, isolates. */
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (character: string) => {
  const code = character.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * The text with every control character but \n and \t, and every bidi control, shown as a
 * visible escape: `terminalSafe('a\x1b[2Jb')` is `a\\x1b[2Jb`. An escape sequence loses its
 * ESC (or C1 CSI), so the rest of it is plain text.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/**
 * JSON text whose strings hold no character a terminal acts on: JSON.stringify escapes
 * U+0000–U+001F already; this escapes DEL, C1 and bidi controls as `\u…`, which parses back
 * to the same value.
 */
export function jsonSafe(json: string): string {
  return json.replace(
    UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Makes console.log, info, warn, error and debug print only terminal-safe text. */
export function guardConsole(target: Console = console): void {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const print = target[method].bind(target);
    target[method] = (...values: unknown[]) => print(terminalSafe(format(...values)));
  }
}
