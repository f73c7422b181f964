// The progress of an import on a terminal: how much of the file is read, how many records went
// in and how fast, and what became of them so far. Nothing is drawn when the output is a pipe or
// a file, where a bar would only fill a log with control characters.
import cliProgress from 'cli-progress';

export interface ImportProgress {
  update(bytesRead: number, counts: Counts): void;
  stop(): void;
}

export interface Counts {
  records: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

const grouped = (n: number) => n.toLocaleString('en');

/** A bar over the bytes of the file, with counts and the rate in records per second. */
export function progressBar(
  stream: NodeJS.WritableStream,
  totalBytes: number,
  now: () => number = Date.now,
): ImportProgress {
  const started = now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format:
        '{bar} {percentage}% | {records} records, {rate}/s | created {created}, updated {updated}, unchanged {unchanged}, rejected {rejected}',
      hideCursor: true,
      clearOnComplete: true,
      barsize: 24,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = (counts: Counts) => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    return {
      records: grouped(counts.records),
      rate: grouped(Math.round(counts.records / seconds)),
      created: grouped(counts.created),
      updated: grouped(counts.updated),
      unchanged: grouped(counts.unchanged),
      rejected: grouped(counts.rejected),
    };
  };
  bar.start(
    Math.max(totalBytes, 1),
    0,
    payload({ records: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 }),
  );
  return {
    update: (bytesRead, counts) => bar.update(Math.min(bytesRead, totalBytes), payload(counts)),
    stop: () => bar.stop(),
  };
}
