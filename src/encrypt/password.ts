/**
 * The password of an encrypted site: where it comes from (INHALE_PASSWORD or a prompt, never an
 * argument, which would sit in shell history and `ps`) and whether it is too weak to publish.
 * Every ciphertext is public, so a weak password falls to an offline guesser whatever the KDF.
 */
import { InhaleError } from '../archive/errors.ts';

export const MIN_LENGTH = 12;
const MIN_DISTINCT = 6;

/** Common passwords of 12 or more characters; shorter ones fail on length already. */
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789abc',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'abcdefghijkl',
  'abc123456789',
  'iloveyou1234',
  'letmein12345',
  'password1234',
  'password123!',
  'passw0rd1234',
  'qwertyuiop12',
  'qwertyuiopasdf',
  'qwerty123456',
  'trustno1trustno1',
  'welcome12345',
  'administrator',
  'changeme1234',
  'correcthorsebatterystaple',
  'football1234',
  'baseball1234',
  'monkey123456',
  'sunshine1234',
  'princess1234',
  'dragon123456',
  'superman1234',
  'mypassword123',
  'secretpassword',
]);

/** Why a password is too weak to encrypt a site with, or undefined when it is acceptable. */
export function passwordWeakness(password: string): string | undefined {
  if ([...password].length < MIN_LENGTH)
    return `it has ${[...password].length} characters; use at least ${MIN_LENGTH}`;
  if (new Set(password.toLowerCase()).size < MIN_DISTINCT)
    return `it uses fewer than ${MIN_DISTINCT} different characters`;
  const folded = password.toLowerCase().replace(/\s+/g, '');
  if (COMMON.has(folded) || /^(.{1,4})\1+$/.test(folded))
    return 'it is a common password or a repeated pattern';
  return undefined;
}

/** Throws unless the password is strong enough or `force` is set. */
export function checkPasswordStrength(password: string, force = false): void {
  const weakness = passwordWeakness(password);
  if (weakness && !force)
    throw new InhaleError(
      `The password is too weak: ${weakness}. Anyone holding the site's files can guess offline; ` +
        'choose a long passphrase, or pass --force-weak-password to use it anyway.',
    );
}

/** Reads a line from the terminal without echoing it. */
export async function promptHidden(question: string): Promise<string> {
  const { stdin, stderr } = process;
  if (!stdin.isTTY)
    throw new InhaleError(
      'No password: set INHALE_PASSWORD, or run in a terminal to be asked for it',
    );
  stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = '';
      const onData = (chunk: string) => {
        for (const char of chunk) {
          if (char === '\r' || char === '\n' || char === '\u0004') {
            stdin.off('data', onData);
            stderr.write('\n');
            return resolve(typed);
          }
          if (char === '\u0003') {
            stdin.off('data', onData);
            stderr.write('\n');
            return reject(new InhaleError('Cancelled'));
          }
          typed =
            char === '\u007f' || char === '\b' ? [...typed].slice(0, -1).join('') : typed + char;
        }
      };
      stdin.on('data', onData);
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
  }
}

/**
 * The password from `variable` (default INHALE_PASSWORD), else from a prompt; `confirm` asks
 * twice, for a password that is being chosen.
 */
export async function readPassword(
  what: string,
  options: { variable?: string; confirm?: boolean } = {},
): Promise<string> {
  const variable = options.variable ?? 'INHALE_PASSWORD';
  const fromEnvironment = process.env[variable];
  if (fromEnvironment !== undefined && fromEnvironment !== '') return fromEnvironment;
  const password = await promptHidden(`${what}: `);
  if (options.confirm && (await promptHidden(`${what} again: `)) !== password)
    throw new InhaleError('The two passwords differ');
  if (password === '') throw new InhaleError('The password is empty');
  return password;
}
