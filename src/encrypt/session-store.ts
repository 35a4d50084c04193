/**
 * Where an unlocked site's keys live in the browser: IndexedDB, as non-extractable CryptoKeys
 * (script can use them, never read their bytes), next to a random session marker that is also
 * set as a session cookie. The service worker honours a stored key only while the cookie is
 * there (it ends with the browser session) and while the key was used in the last hours.
 */
import type { SiteKeys } from './format.ts';

export interface Session {
  keys: SiteKeys;
  /** Random, not secret: tells this browser session from a later one. */
  marker: string;
  lastUsed: number;
}

const DATABASE = 'inhale-encrypted-site';
const STORE = 'sessions';
export const SESSION_COOKIE = 'inhale-session';
/** A key not used for this long is forgotten. @default 12 hours */
export const IDLE_LIMIT_MS = 12 * 60 * 60 * 1000;

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const db = await database();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = run(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** Sessions are stored per site root, so two sites under one origin keep apart. */
export const saveSession = (scope: string, session: Session) =>
  transact<unknown>('readwrite', (store) => store.put(session, scope));
export const loadSession = (scope: string) =>
  transact<Session | undefined>('readonly', (store) => store.get(scope));
export const clearSession = (scope: string) =>
  transact<unknown>('readwrite', (store) => store.delete(scope));
