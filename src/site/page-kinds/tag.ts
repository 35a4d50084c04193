/** A page per tag, and the index of tags. */
import { groupPageKind } from './group.ts';

export const tagPages = groupPageKind({
  name: 'tag',
  folder: 'tags',
  folderTitle: 'Tags',
  groupsOf: (timeline) => timeline.tags,
  title: (name) => `#${name}`,
  label: (name) => name,
});
