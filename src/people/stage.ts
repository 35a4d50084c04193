/**
 * The people step of a build, run on each record right after its audience's rules: its people
 * resolved through the people file, then what the audience may not see of them withheld.
 */
import type { Person } from '../archive/people.ts';
import type { Visibility } from '../archive/schema.ts';
import type { EntryRecord } from '../shared/entry-types.ts';
import { consentFor, withhold } from './consent.ts';
import { directoryOf, resolvePeople } from './resolve.ts';

export type PeopleStage = (record: EntryRecord) => EntryRecord | undefined;

export function peopleStage(people: Person[], audience: Visibility): PeopleStage {
  if (people.length === 0) return (record) => record;
  const directory = directoryOf(people);
  const consent = consentFor(directory, audience);
  return (record) => {
    const resolved = { ...record, people: resolvePeople(record, directory).people };
    return consent ? withhold(resolved, consent, directory) : resolved;
  };
}
