import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInterchange } from './interchange-reader';

const read = async (text: string | Iterable<string>) => {
  const items = [];
  for await (const item of readInterchange(Readable.from(typeof text === 'string' ? [text] : text)))
    items.push(item);
  return items;
};

describe('reading an interchange file as a stream', () => {
  it('yields the top-level fields and each record of each array, with its index', async () => {
    const items = await read(
      '{"format":"dossier-interchange","version":1,"sources":[{"key":"a","n":[1,{"b":null}]},{"key":"b"}],"odd":{"x":true},"measures":[7,"x"]}',
    );
    expect(items).toEqual([
      { kind: 'field', key: 'format', value: 'dossier-interchange' },
      { kind: 'field', key: 'version', value: 1 },
      { kind: 'record', section: 'sources', index: 0, value: { key: 'a', n: [1, { b: null }] } },
      { kind: 'record', section: 'sources', index: 1, value: { key: 'b' } },
      { kind: 'field', key: 'odd', value: { x: true } },
      { kind: 'record', section: 'measures', index: 0, value: 7 },
      { kind: 'record', section: 'measures', index: 1, value: 'x' },
    ]);
  });

  it('hands over the first records long before the end of a file that never ends', async () => {
    function* endless() {
      yield '{"format":"dossier-interchange","version":1,"measures":[';
      for (let i = 0; ; i++) yield `${i ? ',' : ''}{"slug":"m-${i}","title":"${'x'.repeat(1000)}"}`;
    }
    const slugs: string[] = [];
    for await (const item of readInterchange(Readable.from(endless()))) {
      if (item.kind === 'record') slugs.push((item.value as { slug: string }).slug);
      if (slugs.length === 3) break;
    }
    expect(slugs).toEqual(['m-0', 'm-1', 'm-2']);
  });

  it('refuses text that is not one JSON object', async () => {
    await expect(read('[1, 2]')).rejects.toThrow(/must hold one JSON object/);
    await expect(read('{"format": "dossier-interchange", "sources": [ {"key": ')).rejects.toThrow();
  });
});
