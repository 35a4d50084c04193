/**
 * The identities of an archive that the people file does not list yet, for `inhale people`:
 * each with how often and where it appears, the most frequent first. Reads front matter and
 * text only (no Markdown, no media), so it is quick on a large archive.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { parseEntryText } from '../archive/entry-file.ts';
import type { Person } from '../archive/people.ts';
import { mapLimit } from '../shared/map-limit.ts';
import { describeIdentity, identitiesOf } from './identities.ts';
import { directoryOf, personOf } from './resolve.ts';

export interface UnlistedIdentity {
  /** As `inhale people merge` takes it: `twitter:ana_k`. */
  identity: string;
  /** How it reads: `@ana_k on twitter`. */
  description: string;
  /** Names written beside the address, most frequent first. */
  labels: string[];
  count: number;
  /** Source → entries. */
  sources: Record<string, number>;
  /** Dates as the entries write them (yyyy-mm-dd). */
  first: string;
  last: string;
}

/** `files` are the archive's entry files (src/site/entry-files.ts lists them). */
export async function unlistedIdentities(
  archiveDir: string,
  files: string[],
  people: Person[],
  own: { addresses: string[]; owner: string },
): Promise<{ identities: UnlistedIdentity[]; skipped: number }> {
  const directory = directoryOf(people);
  const mine = new Set([
    ...own.addresses.map((address) => `email:${address.toLowerCase()}`),
    ...(own.owner ? [`name:${own.owner.toLowerCase()}`] : []),
  ]);
  type Found = UnlistedIdentity & {
    labelCounts: Map<string, number>;
    spellings: Map<string, number>;
  };
  const found = new Map<string, Found>();
  let skipped = 0;
  await mapLimit(files, 16, async (file) => {
    let entry;
    try {
      entry = parseEntryText(await readFile(path.join(archiveDir, file), 'utf8'), file);
    } catch {
      skipped++; // inhale check names what is wrong with it
      return;
    }
    const { data, body } = entry;
    const day = String(data.date).slice(0, 10);
    const identities = identitiesOf(data, body);
    // "Ana Kovač <ana@example.org>": a listed address makes the name beside it theirs too.
    const labelled = new Set(
      identities
        .filter((identity) => identity.label && personOf(directory, identity.key))
        .map((identity) => `name:${identity.label!.toLowerCase()}`),
    );
    for (const identity of identities) {
      const key = identity.key.toLowerCase();
      if (mine.has(key) || labelled.has(key) || personOf(directory, identity.key)) continue;
      let item = found.get(key);
      if (!item)
        found.set(
          key,
          (item = {
            identity: identity.key,
            description: '',
            labels: [],
            labelCounts: new Map(),
            spellings: new Map(),
            count: 0,
            sources: {},
            first: day,
            last: day,
          }),
        );
      item.count++;
      item.spellings.set(identity.key, (item.spellings.get(identity.key) ?? 0) + 1);
      item.sources[data.source] = (item.sources[data.source] ?? 0) + 1;
      if (day < item.first) item.first = day;
      if (day > item.last) item.last = day;
      if (identity.label)
        item.labelCounts.set(identity.label, (item.labelCounts.get(identity.label) ?? 0) + 1);
    }
  });
  const identities = [...found.values()]
    .map(({ labelCounts, spellings, ...item }) => {
      // Files are read in parallel, so the spelling seen first is chance: take the most
      // frequent one (`@bo` twice beats `@Bo` once), ties by code point order.
      const identity = mostFrequent(spellings);
      return {
        ...item,
        identity,
        description: describeIdentity(identity),
        labels: [...labelCounts].sort(byCountThenText).map(([label]) => label),
      };
    })
    .sort(
      (a, b) =>
        b.count - a.count ||
        (a.last > b.last ? -1 : a.last < b.last ? 1 : 0) ||
        a.identity.localeCompare(b.identity, 'en'),
    );
  return { identities, skipped };
}

function byCountThenText(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

function mostFrequent(counts: Map<string, number>): string {
  return [...counts].sort(byCountThenText)[0]![0];
}
