/**
 * The encrypted site format, version 1, shared by the build (Node's WebCrypto) and the browser
 * (the service worker and the unlock page). No Node import: esbuild bundles this file.
 *
 * password ──PBKDF2-SHA-256──► key-encryption key ──AES-GCM unwrap──► site key (HKDF)
 * site key ──HKDF──► content key (AES-256-GCM, one random nonce per file, its path as AAD)
 *          ──HKDF──► names key (HMAC-SHA-256: a path's opaque file name)
 */

export const FORMAT = 'inhale-encrypted';
export const VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; the keys file records it so it can be raised. */
export const DEFAULT_ITERATIONS = 600_000;
/** The plaintext files of an encrypted site, at its root. */
export const KEYS_FILE = 'keys.json';
/** Where ciphertexts live: `c/<2 hex>/<30 hex>`. */
export const CIPHER_FOLDER = 'c';

/** The versioned header: everything needed to turn a password into the site's keys. */
export interface KeysFile {
  format: typeof FORMAT;
  version: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  /** The 32-byte site key, AES-256-GCM-encrypted under the password's key. */
  wrapped: { name: 'AES-GCM'; iv: string; key: string };
}

export interface SiteKeys {
  content: CryptoKey;
  names: CryptoKey;
}

const encoder = new TextEncoder();
const subtle = () => globalThis.crypto.subtle;

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** Checks a parsed keys file; throws a message naming the field that is wrong. */
export function checkKeysFile(value: unknown): KeysFile {
  const file = value as Partial<KeysFile> | null;
  const fail = (what: string) => {
    throw new Error(`${KEYS_FILE}: ${what}`);
  };
  if (!file || file.format !== FORMAT) fail(`expected "format": "${FORMAT}"`);
  if (file!.version !== VERSION)
    fail(`format version ${String(file!.version)} is not supported (this code reads ${VERSION})`);
  const { kdf, wrapped } = file!;
  if (kdf?.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || typeof kdf.salt !== 'string')
    fail('expected a PBKDF2 SHA-256 "kdf" with a salt');
  // Bounded above too, so a damaged file cannot hang the browser.
  if (!Number.isInteger(kdf!.iterations) || kdf!.iterations < 100_000 || kdf!.iterations > 1e8)
    fail(`kdf.iterations must be an integer from 100,000 to 100,000,000`);
  if (
    wrapped?.name !== 'AES-GCM' ||
    typeof wrapped.iv !== 'string' ||
    typeof wrapped.key !== 'string'
  )
    fail('expected an AES-GCM "wrapped" key');
  return file as KeysFile;
}

const WRAP_AAD = encoder.encode(`${FORMAT} v${VERSION} site key`);

/** The key-encryption key a password gives under a keys file's KDF parameters. */
export async function passwordKey(password: string, kdf: KeysFile['kdf']): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', encoder.encode(password), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: fromBase64(kdf.salt) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  );
}

/** Wraps raw site-key bytes under a password: a new keys file (fresh salt and IV). */
export async function wrapSiteKey(
  siteKey: Uint8Array<ArrayBuffer>,
  password: string,
  iterations = DEFAULT_ITERATIONS,
): Promise<KeysFile> {
  const kdf = {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations,
    salt: toBase64(randomBytes(16)),
  } as const;
  const iv = randomBytes(12);
  const key = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: WRAP_AAD },
    await passwordKey(password, kdf),
    siteKey,
  );
  return {
    format: FORMAT,
    version: VERSION,
    kdf,
    wrapped: { name: 'AES-GCM', iv: toBase64(iv), key: toBase64(new Uint8Array(key)) },
  };
}

/** Thrown when a password does not open a keys file (GCM authentication failed). */
export class WrongPasswordError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('wrong password', options);
    this.name = 'WrongPasswordError';
  }
}

/**
 * The site's keys, as non-extractable CryptoKeys: the site key is unwrapped straight into an
 * HKDF key, so its bytes never reach JavaScript.
 */
export async function openSiteKeys(file: KeysFile, password: string): Promise<SiteKeys> {
  let siteKey: CryptoKey;
  try {
    siteKey = await subtle().unwrapKey(
      'raw',
      fromBase64(file.wrapped.key),
      await passwordKey(password, file.kdf),
      { name: 'AES-GCM', iv: fromBase64(file.wrapped.iv), additionalData: WRAP_AAD },
      'HKDF',
      false,
      ['deriveKey'],
    );
  } catch (error) {
    throw new WrongPasswordError({ cause: error });
  }
  const derive = (info: string, algorithm: AesKeyGenParams | HmacKeyGenParams, uses: KeyUsage[]) =>
    subtle().deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: encoder.encode(info) },
      siteKey,
      algorithm,
      false,
      uses,
    );
  return {
    content: await derive(`${FORMAT} v${VERSION} content`, { name: 'AES-GCM', length: 256 }, [
      'encrypt',
      'decrypt',
    ]),
    names: await derive(
      `${FORMAT} v${VERSION} names`,
      { name: 'HMAC', hash: 'SHA-256', length: 256 },
      ['sign'],
    ),
  };
}

/** The raw site key, for rewrapping under a new password (build side only). */
export async function unwrapSiteKeyBytes(
  file: KeysFile,
  password: string,
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const bytes = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(file.wrapped.iv), additionalData: WRAP_AAD },
      await passwordKey(password, file.kdf),
      fromBase64(file.wrapped.key),
    );
    return new Uint8Array(bytes);
  } catch (error) {
    throw new WrongPasswordError({ cause: error });
  }
}

/** The opaque file name of a site path: `c/ab/<30 hex>`, an HMAC under the names key. */
export async function opaqueName(keys: SiteKeys, sitePath: string): Promise<string> {
  const mac = new Uint8Array(await subtle().sign('HMAC', keys.names, encoder.encode(sitePath)));
  const hex = [...mac.slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${CIPHER_FOLDER}/${hex.slice(0, 2)}/${hex.slice(2)}`;
}

/** The additional data of a file: its site path, so a ciphertext only opens at its own path. */
function fileAad(sitePath: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${FORMAT} v${VERSION} file\0${sitePath}`);
}

/** Plaintext is padded (ISO/IEC 7816-4: 0x80 then zeros) to a multiple of this. */
export const PADDING = 512;

/** `version byte ‖ 12-byte random nonce ‖ AES-256-GCM(padded plaintext) with its tag`. */
export async function sealFile(
  keys: SiteKeys,
  sitePath: string,
  plaintext: Uint8Array,
): Promise<Uint8Array> {
  const padded = new Uint8Array(Math.ceil((plaintext.length + 1) / PADDING) * PADDING);
  padded.set(plaintext);
  padded[plaintext.length] = 0x80;
  const nonce = randomBytes(12);
  const sealed = await subtle().encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: fileAad(sitePath) },
    keys.content,
    padded,
  );
  const out = new Uint8Array(13 + sealed.byteLength);
  out[0] = VERSION;
  out.set(nonce, 1);
  out.set(new Uint8Array(sealed), 13);
  return out;
}

/** Thrown when a file does not decrypt: changed, damaged, or moved from another path. */
export class DamagedFileError extends Error {
  constructor(sitePath: string, options?: { cause?: unknown }) {
    super(`${sitePath}: the encrypted file was changed, damaged or swapped`, options);
    this.name = 'DamagedFileError';
  }
}

export async function openFile(
  keys: SiteKeys,
  sitePath: string,
  sealed: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.length < 13 + 16 || sealed[0] !== VERSION) throw new DamagedFileError(sitePath);
  let padded: Uint8Array<ArrayBuffer>;
  try {
    padded = new Uint8Array(
      await subtle().decrypt(
        { name: 'AES-GCM', iv: sealed.slice(1, 13), additionalData: fileAad(sitePath) },
        keys.content,
        sealed.slice(13),
      ),
    );
  } catch (error) {
    throw new DamagedFileError(sitePath, { cause: error });
  }
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (end < 0 || padded[end] !== 0x80) throw new DamagedFileError(sitePath);
  return padded.subarray(0, end);
}

/** Content types the service worker answers with, by extension. */
export const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
};

export function contentTypeOf(sitePath: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(sitePath)?.[1]?.toLowerCase() ?? '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
