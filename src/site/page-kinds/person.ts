/** A page per person named in entries, and the index of people. */
import { groupPageKind } from './group.ts';

export const personPages = groupPageKind({
  name: 'person',
  folder: 'people',
  folderTitle: 'People',
  groupsOf: (timeline) => timeline.people,
  title: (name) => name,
  label: (name) => name,
});
