import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { EntryData } from '../../src/archive/schema.ts';
import { kindFacts } from '../../src/site/kind-facts/index.ts';

const post = (fields: Record<string, unknown>) =>
  ({
    id: 'mastodon:a',
    source: 'mastodon',
    kind: 'post',
    date: '2024-05-02T10:00:00+02:00',
    ...fields,
  }) as EntryData;

describe('an edited post', () => {
  it('shows when it was edited on its page, in the offset it was written with', () => {
    assert.deepEqual(kindFacts(post({ updated: '2024-05-02T12:30:00+02:00' })), [
      { label: 'Edited', value: '2 May 2024, 12:30', card: false },
    ]);
  });

  it('shows nothing for a post never edited, or an updated that is no date', () => {
    assert.equal(kindFacts(post({})), undefined);
    assert.equal(kindFacts(post({ updated: 'yesterday' })), undefined);
    assert.equal(kindFacts(post({ updated: '2024-05-02T10:00:00+02:00' })), undefined);
  });
});
