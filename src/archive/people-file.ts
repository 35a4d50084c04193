/**
 * The names of the archive's people file, at its root. A leaf of its own, so what only needs
 * the name (the build fingerprint, `inhale search`'s freshness check) loads no YAML parser.
 */
export const PEOPLE_FILE = 'people.yaml';
/** Also read when it is the one present; written back under its own name. */
export const PEOPLE_FILE_ALTERNATIVE = 'people.yml';
