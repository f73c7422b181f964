import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { setup } from '../test/factories';

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup({ today: '2017-01-15' });
});
afterEach(() => t.close());

describe('identifiers in every written form', () => {
  it('finds one measure by five written forms of its procedure reference, CELEX number and ELI', async () => {
    const gdpr = await t.make.measure({
      slug: 'gdpr',
      identifiers: [
        { scheme: 'procedure_ref', value: '2012/0011(COD)', role: 'original_proposal' },
        { scheme: 'celex', value: '32016R0679', role: 'adopted_act' },
        { scheme: 'eli', value: 'http://data.europa.eu/eli/reg/2016/679/oj', role: 'adopted_act' },
      ],
    });
    await t.make.measure({
      slug: 'other',
      identifiers: [{ scheme: 'procedure_ref', value: '2012/0010(COD)' }],
    });
    const forms = {
      procedure: [
        '2012/0011(COD)',
        '2012/11/cod',
        '2012/0011 (COD)',
        ' 2012 / 11 ( cod ) ',
        '2012/0011 COD',
      ],
      celex: ['32016R0679', 'CELEX:32016R0679', 'celex: 32016r0679', '32016r679', ' 32016R0679 '],
      eli: [
        'http://data.europa.eu/eli/reg/2016/679/oj',
        'https://data.europa.eu/eli/reg/2016/679/oj',
        'http://data.europa.eu/eli/reg/2016/679',
        'data.europa.eu/eli/reg/2016/679/oj/eng',
        'https://data.europa.eu/eli/reg/2016/679/oj/',
      ],
    };
    for (const ref of Object.values(forms).flat()) {
      expect((await t.reader.measures.get({ ref })).measure.id, ref).toBe(gdpr.id);
      const found = await t.reader.measures.list({ q: ref });
      expect(
        found.items.map((m) => m.slug),
        ref,
      ).toEqual(['gdpr']);
    }
  });

  it('searches an unpadded procedure number by its canonical form, never by the prefix of another', async () => {
    await t.make.measure({
      slug: 'right-one',
      title: 'Right one',
      identifiers: [{ scheme: 'procedure_ref', value: '2016/0106(COD)' }],
    });
    await t.make.measure({
      slug: 'longer-number',
      title: 'Longer number',
      identifiers: [{ scheme: 'procedure_ref', value: '2016/1060(COD)' }],
    });
    const slugs = async (q: string) =>
      (await t.reader.measures.list({ q })).items.map((m) => m.slug);
    // Word-prefix search would answer these with 2016/1060(COD), and miss 2016/0106(COD).
    expect(await slugs('2016/106(COD)')).toEqual(['right-one']);
    expect(await slugs('2016/106/cod')).toEqual(['right-one']);
    expect(await slugs('2016/106')).toEqual(['right-one']);
    expect(await slugs('2016/1060')).toEqual(['longer-number']);
    expect(await slugs('2016/0107(COD)')).toEqual([]);
    // Ordinary words still go to full-text search.
    expect(await slugs('longer')).toEqual(['longer-number']);
  });

  it('refuses a malformed identifier with the form it expects', async () => {
    const message = await expectError(
      t.make.measure({ identifiers: [{ scheme: 'procedure_ref', value: '2016/0106' }] }),
      'BAD_REQUEST',
    );
    expect(message).toContain(
      'identifiers.0.value: "2016/0106" is not a procedure reference such as 2016/0106(COD)',
    );
    expect(
      await expectError(
        t.make.measure({
          identifiers: [
            { scheme: 'celex', value: '32016R0679' },
            { scheme: 'celex', value: 'CELEX:32016r679' },
          ],
        }),
        'BAD_REQUEST',
      ),
    ).toContain('is the same identifier as "32016R0679"');
    expect((await t.reader.measures.list({})).items).toEqual([]);
  });

  it('refuses an identifier another measure holds in another written form, naming it', async () => {
    await t.make.measure({
      slug: 'holder',
      identifiers: [{ scheme: 'com', value: 'COM(2017) 10' }],
    });
    const message = await expectError(
      t.make.measure({ identifiers: [{ scheme: 'com', value: 'COM/2017/0010 final' }] }),
      'CONFLICT',
    );
    expect(message).toMatch(/COM\(2017\) 10 \(written "COM\(2017\) 10"\) is recorded for holder/);
  });

  it('shows each identifier as written and canonical, with its role and source among the sources', async () => {
    const eurlex = await t.make.source({ title: 'EUR-Lex', publisher: 'Publications Office' });
    const m = await t.make.measure({
      identifiers: [
        { scheme: 'celex', value: 'celex:32016r0679', role: 'adopted_act', sourceId: eurlex.id },
        { scheme: 'national', value: 'Loi n° 2018-493' },
      ],
    });
    const brief = await t.reader.measures.get({ ref: m.slug });
    expect(brief.identifiers).toMatchObject([
      {
        scheme: 'celex',
        written: 'celex:32016r0679',
        canonical: '32016R0679',
        role: 'adopted_act',
        sourceId: eurlex.id,
      },
      { scheme: 'national', written: 'Loi n° 2018-493', canonical: 'loi n° 2018-493', role: null },
    ]);
    expect(brief.sources.items.map((s) => s.id)).toContain(eurlex.id);
    expect((await t.reader.measures.get({ ref: 'LOI N°  2018-493' })).measure.id).toBe(m.id);
  });

  it('replaces identifiers as one audited edit, with their roles and sources', async () => {
    const m = await t.make.measure({ identifiers: [{ scheme: 'com', value: 'COM(2016) 1' }] });
    await t.caller.measures.update({
      id: m.id,
      version: 1,
      identifiers: [{ scheme: 'com', value: 'COM(2016) 1', role: 'original_proposal' }],
    });
    const history = await t.reader.measures.history({ id: m.id });
    const change = history.items.find((c) => c.field === 'identifiers');
    expect(JSON.parse(change!.before!)).toEqual([
      { scheme: 'com', value: 'COM(2016) 1', role: null, sourceId: null },
    ]);
    expect(JSON.parse(change!.after!)).toEqual([
      { scheme: 'com', value: 'COM(2016) 1', role: 'original_proposal', sourceId: null },
    ]);
  });
});
