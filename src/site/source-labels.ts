/** The site's name for a source: `twitter` → "Twitter/X", `google-photos` → "Google Photos". */
export { sourceTitle as sourceLabel } from '../archive/sources.ts';
