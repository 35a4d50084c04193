/**
 * The archive's cache folder, `.inhale-cache/` beside the entries: parse caches, processed
 * media, build manifests, encrypted builds. Deleting it only costs time; `inhale init` lists it
 * in `.gitignore`, and importers and `serve` leave it alone.
 */
export const CACHE_DIR = '.inhale-cache';
