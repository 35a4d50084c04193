import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';

import { formatDuration, Progress } from '../../src/cli/progress.ts';

/** A stream that keeps what is written: a terminal of `columns`, or a file or pipe. */
function fakeStream(isTTY: boolean, columns = 120) {
  const written: string[] = [];
  return { written, stream: { isTTY, columns, write: (text: string) => written.push(text) } };
}

/** What a terminal would show after each redraw: the text between cursor moves, escapes removed. */
function frames(written: string[]): string[] {
  return written
    .join('')
    .split('\x1b[1G')
    .map((frame) => frame.replace(/\x1b(\[[0-9;?]*[A-Za-z]|[78])/g, ''))
    .filter(Boolean);
}

/** Moves the clock (Date.now and cli-progress's redraw timer) to `seconds`. */
function at(seconds: number): void {
  mock.timers.tick(Math.round(seconds * 1000) - Date.now());
}

describe('progress', () => {
  beforeEach(() => mock.timers.enable({ apis: ['Date', 'setTimeout'], now: 0 }));
  afterEach(() => mock.timers.reset());

  it('on a terminal draws a bar with the count of the total, the rate and the time left, then clears it', () => {
    const { written, stream } = fakeStream(true);
    const progress = new Progress({ unit: 'entries', stream });
    for (let second = 0; second <= 10; second++) {
      at(second);
      progress.update(second * 50, 1000, 'reading');
    }
    at(10.2); // the next redraw
    assert.equal(
      frames(written).at(-1),
      '[############------------] 500 of 1000 entries (50 %), 50 entries/s, about 10 s left, reading',
    );
    progress.done();
    assert.match(written.join(''), /\x1b\[2K$/, 'the line is cleared');
    const after = written.length;
    at(12);
    assert.equal(written.length, after, 'nothing is drawn once done');
  });

  it('measures the rate over the last seconds: a slow start does not skew it', () => {
    const { written, stream } = fakeStream(true);
    const progress = new Progress({ unit: 'entries', stream });
    // 10 s at 10/s, then 1,000/s: the rate and the time left are the new pace's.
    for (let second = 1; second <= 10; second++) {
      at(second);
      progress.update(second * 10, 20_100);
    }
    for (let second = 11; second <= 20; second++) {
      at(second);
      progress.update(100 + (second - 10) * 1000, 20_100);
    }
    at(20.2);
    assert.equal(progress.rate(), 1000);
    assert.match(
      frames(written).at(-1)!,
      /10100 of 20100 entries \(50 %\), 1000 entries\/s, about 10 s left$/,
    );
    progress.done();
  });

  it('off a terminal writes a plain line every five seconds and no more', () => {
    const { written, stream } = fakeStream(false);
    const progress = new Progress({ unit: 'entries', stream });
    for (let tenth = 1; tenth <= 120; tenth++) {
      at(tenth / 10);
      progress.update(tenth * 10, 2000);
    }
    progress.done();
    assert.deepEqual(written, [
      '500 of 2000 entries (25 %), 100 entries/s, about 15 s left\n',
      '1000 of 2000 entries (50 %), 100 entries/s, about 10 s left\n',
    ]);
  });

  it('off a terminal says nothing for a quick command, and the time between lines is a setting', () => {
    const quick = fakeStream(false);
    const progress = new Progress({ unit: 'entries', stream: quick.stream });
    for (let second = 1; second <= 4; second++) {
      at(second);
      progress.update(second * 100);
    }
    progress.done();
    assert.deepEqual(quick.written, []);

    const often = fakeStream(false);
    const everySecond = new Progress({ unit: 'MB', stream: often.stream, lineEvery: 1 });
    for (let second = 5; second <= 8; second++) {
      at(second);
      everySecond.update(second - 4);
    }
    assert.equal(often.written.length, 4);
  });

  it('cuts a line to the terminal width, so it never wraps', () => {
    const { written, stream } = fakeStream(true, 30);
    const progress = new Progress({ unit: 'entries', stream });
    progress.update(12, 100, 'a long detail that goes on and on');
    at(0.5);
    progress.update(40, 100, 'a long detail that goes on and on');
    at(1);
    assert.ok(frames(written).length >= 2);
    for (const frame of frames(written)) assert.ok(frame.length <= 30, frame);
    progress.done();
  });

  it('keeps what it is told inert on a terminal', () => {
    const { written, stream } = fakeStream(true);
    const progress = new Progress({ unit: 'entries', stream });
    progress.update(1, undefined, 'a\x1b]0;title\x07');
    progress.done();
    assert.ok(written.join('').includes('1 entries, a\\x1b]0;title\\x07'));
    assert.ok(!written.join('').includes('\x1b]'));
  });

  it('starts the rate afresh when it counts something else', () => {
    const { written, stream } = fakeStream(false);
    const progress = new Progress({ unit: 'entries', stream, lineEvery: 1 });
    for (let second = 1; second <= 3; second++) {
      at(second);
      progress.update(second * 100, 300);
    }
    progress.count('pages');
    at(4);
    progress.update(7);
    at(5);
    progress.update(27);
    assert.deepEqual(written.slice(-3), [
      '300 of 300 entries (100 %), 100 entries/s\n',
      '7 pages\n',
      '27 pages, 20 pages/s\n',
    ]);
  });

  it('says durations in seconds, then minutes', () => {
    assert.deepEqual([formatDuration(4.4), formatDuration(95)], ['4 s', '1 min 35 s']);
  });
});
