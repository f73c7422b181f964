import { Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { progressBar } from './progress';

/** A terminal as cli-progress sees one: a TTY with a width, remembering what was drawn. */
function terminal() {
  let drawn = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      drawn += chunk;
      done();
    },
  }) as Writable & { isTTY: boolean; columns: number };
  stream.isTTY = true;
  stream.columns = 160;
  return { stream, drawn: () => stripVTControlCharacters(drawn) };
}

describe('the import progress bar', () => {
  it('shows how much of the file is read, the counts and the rate in records per second', () => {
    const tty = terminal();
    let now = 0;
    const bar = progressBar(tty.stream, 1000, () => now);
    now = 2000;
    bar.update(500, { records: 2500, created: 2000, updated: 10, unchanged: 480, rejected: 10 });
    bar.stop();
    expect(tty.drawn()).toContain(
      '50% | 2,500 records, 1,250/s | created 2,000, updated 10, unchanged 480, rejected 10',
    );
  });
});
