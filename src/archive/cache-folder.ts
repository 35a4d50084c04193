/**
 * The archive's cache folder, `.inhale-cache/` beside the entries: parse caches, processed
 * media, build manifests, encrypted builds, and an import's staging folder, lock and record of
 * what it wrote (`import/`). Deleting it only costs time; `inhale init` lists it in
 * `.gitignore`.
 */
export const CACHE_DIR = '.inhale-cache';
