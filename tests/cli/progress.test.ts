import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { formatDuration, Progress } from '../../src/cli/progress.ts';

/** A clock the test moves, and a stream that keeps what is written. */
function fakes(isTTY: boolean) {
  const clock = { ms: 0 };
  const written: string[] = [];
  const stream = { isTTY, write: (text: string) => written.push(text) };
  return { clock, written, stream, now: () => clock.ms };
}

describe('progress', () => {
  it('off a terminal prints a line every five seconds, nothing for a quick command', () => {
    const { clock, written, stream, now } = fakes(false);
    const progress = new Progress({ unit: 'entries', stream, now });
    for (let second = 1; second <= 12; second++) {
      clock.ms = second * 1000;
      progress.update(second * 100, 2000);
    }
    progress.done();
    assert.deepEqual(written, [
      '500 of 2000 entries (25 %), 100 entries/s, about 15 s left\n',
      '1000 of 2000 entries (50 %), 100 entries/s, about 10 s left\n',
    ]);
  });

  it('measures the rate over the last seconds, not since the start', () => {
    const { clock, written, stream, now } = fakes(false);
    const progress = new Progress({ unit: 'entries', stream, now, rateWindow: 5 });
    // 10 s at 10/s, then 1,000/s: the rate shown is the new one.
    for (let second = 1; second <= 10; second++) {
      clock.ms = second * 1000;
      progress.update(second * 10);
    }
    for (let second = 11; second <= 20; second++) {
      clock.ms = second * 1000;
      progress.update(100 + (second - 10) * 1000);
    }
    assert.equal(written.at(-1), '10100 entries, 1000 entries/s\n');
    assert.equal(progress.rate(), 1000);
  });

  it('on a terminal redraws one line with a bar, and clears it when done', () => {
    const { clock, written, stream, now } = fakes(true);
    const progress = new Progress({ unit: 'MB', stream, now });
    progress.update(0, 100, '0 entries');
    clock.ms = 50;
    progress.update(1, 100, 'too soon to redraw');
    clock.ms = 1000;
    progress.update(25, 100, '312 entries');
    progress.done();
    assert.deepEqual(written, [
      '\r[------------------------] 0 of 100 MB (0 %), 0 entries\x1b[K',
      '\r[######------------------] 25 of 100 MB (25 %), 25 MB/s, about 3 s left, 312 entries\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('cuts a line to the terminal width, so it never wraps', () => {
    const { written, now } = fakes(true);
    const stream = { isTTY: true, columns: 20, write: (text: string) => written.push(text) };
    new Progress({ unit: 'entries', stream, now }).update(12, undefined, 'a long detail');
    assert.equal(written[0], '\r12 entries, a long…\x1b[K');
  });

  it('shows no rate or time left for steps of uneven length', () => {
    const { clock, written, stream, now } = fakes(false);
    const progress = new Progress({ unit: 'steps', stream, now, showRate: false });
    clock.ms = 6000;
    progress.update(2, 6, 'timeline built');
    assert.deepEqual(written, ['2 of 6 steps (33 %), timeline built\n']);
  });

  it('keeps what it is told inert on a terminal', () => {
    const { written, stream, now } = fakes(true);
    new Progress({ unit: 'entries', stream, now }).update(1, undefined, 'a\x1b]0;title\x07');
    assert.equal(written[0], '\r1 entries, a\\x1b]0;title\\x07\x1b[K');
  });

  it('says durations in seconds, then minutes', () => {
    assert.deepEqual([formatDuration(4.4), formatDuration(95)], ['4 s', '1 min 35 s']);
  });
});
