/** A page per source (Twitter/X, Mail…), and the index of sources. */
import { sourceLabel } from '../source-labels.ts';
import { groupPageKind } from './group.ts';

export const sourcePages = groupPageKind({
  name: 'source',
  folder: 'sources',
  folderTitle: 'Sources',
  groupsOf: (timeline) => timeline.sources,
  title: sourceLabel,
  label: sourceLabel,
});
