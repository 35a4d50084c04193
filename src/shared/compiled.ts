/**
 * Whether this module runs from the compiled CLI in `build/` (scripts/build-cli.ts defines
 * `INHALE_COMPILED`) rather than from its TypeScript source through tsx. Only what Node loads
 * by path needs to know: the shard worker's file and the settings file Eleventy imports.
 */
declare const INHALE_COMPILED: boolean | undefined;

export const isCompiled = typeof INHALE_COMPILED !== 'undefined' && INHALE_COMPILED;
