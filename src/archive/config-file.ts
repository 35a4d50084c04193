/**
 * The name of the archive's config file, at its root: what marks a folder as an archive. A leaf
 * of its own, so finding the archive loads no YAML parser or schema (`inhale --version`).
 */
export const CONFIG_FILE = 'inhale.yaml';
