/** The site's name for a source: `twitter` → "Twitter/X"; an unknown source is capitalized. */
import { capitalize } from '../../layouts/parts.ts';

const SOURCE_LABELS: Record<string, string> = {
  twitter: 'Twitter/X',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
  instagram: 'Instagram',
  flickr: 'Flickr',
  feed: 'Feeds',
  mail: 'Mail',
  journal: 'Journal',
  photos: 'Photos',
};

export const sourceLabel = (source: string) => SOURCE_LABELS[source] ?? capitalize(source);
