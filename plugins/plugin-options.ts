/**
 * The options of inhale's Eleventy plugins: the defaults merged with what the caller gave, and
 * a refusal naming the plugin and the option for anything else, as eleventy-plugin-rss does.
 */
import { InhaleError } from '../src/archive/errors.ts';

/** A plugin's refusal of one option: `xPlugin: option "name" must be …; got …`. */
export function optionError(plugin: string, option: string, expected: string, value: unknown) {
  return new InhaleError(`${plugin}: option "${option}" must be ${expected}; got ${shown(value)}`);
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'function') return 'a function';
  return value === null || typeof value !== 'object' ? String(value) : JSON.stringify(value);
}

/** `defaults` with `options` over them; an option the plugin does not know is refused. */
export function mergeOptions<T extends object>(
  plugin: string,
  defaults: T,
  options: Partial<T>,
): T {
  if (options === null || typeof options !== 'object')
    throw new InhaleError(`${plugin}: expected an object of options, got ${shown(options)}`);
  const known = Object.keys(defaults);
  for (const name of Object.keys(options)) {
    if (!known.includes(name))
      throw new InhaleError(
        `${plugin}: unknown option "${name}"; ` +
          (known.length > 0 ? `its options are ${known.join(', ')}` : 'it takes none'),
      );
  }
  const defined = Object.entries(options).filter(([, value]) => value !== undefined);
  return { ...defaults, ...Object.fromEntries(defined) };
}

/** The Eleventy versions inhale's plugins are written for. */
export const ELEVENTY_VERSIONS = '>=3.0';
