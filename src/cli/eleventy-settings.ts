/**
 * The config file `inhale build` gives Eleventy: only `.eleventy.ts`'s settings (its `config`
 * export), with no default export, so Eleventy adds no plugin from it. The build adds the
 * plugins itself, with its options, through Eleventy's `config` callback.
 */
export { config } from '../../.eleventy.ts';
