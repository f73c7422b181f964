// The import page against the real API: files read in the page, sent through `dataset.import`
// in batches, summed up as the server counted them.
import { syntheticInterchange, syntheticMeasure } from '@dossier/db/seed';
import { importLimits } from '@dossier/domain';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { importStrings } from '../components/import/strings';
import { type RealApi, realApi } from '../test/realApi';
import { renderInApp } from '../test/render';
import ImportPage from './ImportPage';

afterEach(cleanup);

const x = importStrings.en;

/** A whole interchange file of `count` synthetic measures, with what they name. */
function syntheticFile(count: number) {
  const file: Record<string, unknown[] | string | number> = {
    format: 'dossier-interchange',
    version: 1,
  };
  for (const page of syntheticInterchange(count))
    file[page.section] = [...((file[page.section] as unknown[]) ?? []), ...page.items];
  return file;
}

const recordsIn = (file: Record<string, unknown>) =>
  Object.values(file).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);

function choose(name: string, text: string) {
  const input = screen.getByLabelText(x.file);
  fireEvent.change(input, {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });
}

async function importFile(
  name: string,
  text: string,
  { dryRun = false, progress }: { dryRun?: boolean; progress?: (bar: HTMLElement) => void } = {},
) {
  choose(name, text);
  await screen.findByText(new RegExp(`^${name} holds`));
  if (dryRun) fireEvent.click(screen.getByRole('checkbox', { name: x.dryRun }));
  fireEvent.click(screen.getByRole('button', { name: dryRun ? x.check : x.start }));
  if (progress) progress(await screen.findByRole('progressbar', { name: x.progressLabel }));
  return screen.findByRole(
    'heading',
    { level: 2, name: dryRun ? x.summary.checked : x.summary.imported },
    { timeout: 15_000 },
  );
}

/** The four counts of the summary, as shown. */
function counts() {
  const shown: Record<string, string> = {};
  for (const item of document.querySelectorAll('.import-count'))
    shown[item.querySelector('dt')!.textContent!] = item.querySelector('dd')!.textContent!;
  return shown;
}

const sentBatches = (api: RealApi) =>
  api.inputsOf('dataset.import').map((i) => (i as { records: unknown[] }).records.length);

describe('the import page', () => {
  it('imports a good file in batches of at most 500, then finds it all unchanged', async () => {
    const api = realApi();
    const file = syntheticFile(300);
    const total = recordsIn(file);
    expect(total).toBeGreaterThan(importLimits.maxRecords);
    renderInApp(<ImportPage />, { api });
    expect(screen.getByRole('heading', { level: 1, name: x.title })).toBeTruthy();

    await importFile('dossier.json', JSON.stringify(file), {
      progress: (bar) => {
        expect(bar.getAttribute('max')).toBe(String(total));
        expect(bar.getAttribute('aria-valuetext')).toBe(x.sending(0, total, 1, 2));
      },
    });
    expect(counts()).toEqual({
      Created: String(total),
      Updated: '0',
      Unchanged: '0',
      Rejected: '0',
    });
    const batches = sentBatches(api);
    expect(batches.length).toBeGreaterThan(1);
    expect(Math.max(...batches)).toBeLessThanOrEqual(importLimits.maxRecords);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(total);
    expect((await api.reader.measures.get({ ref: 'synthetic-1-299' })).measure.title).toContain(
      'measure 299',
    );
    const bySection = screen.getByRole('table');
    expect(within(bySection).getByRole('rowheader', { name: x.section.measures })).toBeTruthy();

    // The same file again: every record comes back unchanged, and the page says so.
    fireEvent.click(screen.getByRole('button', { name: x.summary.another }));
    await importFile('dossier.json', JSON.stringify(file));
    expect(counts()).toEqual({
      Created: '0',
      Updated: '0',
      Unchanged: String(total),
      Rejected: '0',
    });
    expect(screen.getByText(x.summary.nothingChanged)).toBeTruthy();
  });

  it('lists each rejected record with its JSON path and reason, and imports the rest', async () => {
    const api = realApi();
    const good = syntheticMeasure(1);
    const badDate = {
      ...syntheticMeasure(2),
      events: [
        {
          ...syntheticMeasure(2).events![0]!,
          dateClaims: [{ date: '2016-13', source: 'synthetic-source-2' }],
        },
      ],
    };
    const file = {
      format: 'dossier-interchange',
      version: 1,
      sources: [0, 1, 2].map((n) => ({
        key: `synthetic-source-${n}`,
        title: `Source ${n}`,
        publisher: 'Test',
        kind: 'other',
      })),
      measures: [good, badDate, { ...syntheticMeasure(3), slug: good.slug }],
      positions: [
        {
          key: 'p1',
          measure: good.slug,
          stakeholder: 'nobody-we-know',
          stance: 'support',
          role: 'observer',
          statedOn: '2016-08-23',
          source: 'synthetic-source-0',
        },
      ],
      comments: 'not part of the format',
    };
    renderInApp(<ImportPage />, { api });
    choose('mixed.json', JSON.stringify(file));
    expect(await screen.findByText(x.fileProblem.unknownField('comments'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: x.start }));
    await screen.findByRole('heading', { level: 2, name: x.summary.imported }, { timeout: 10_000 });
    expect(counts()).toEqual({ Created: '4', Updated: '0', Unchanged: '0', Rejected: '3' });

    const rejected = screen.getByRole('heading', { level: 3, name: x.summary.rejected(3) })
      .parentElement!;
    const items = within(rejected)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement!.parentElement === rejected);
    expect(items.map((li) => li.querySelector('.import-record')!.textContent)).toEqual([
      'measures[1]',
      'measures[2]',
      'positions[0]',
    ]);
    expect(items[0]!.textContent).toContain('measures[1].events[0].dateClaims[0].date');
    expect(items[1]!.textContent).toContain('measures[2].slug');
    expect(items[1]!.textContent).toContain('the same record as measures[0]');
    expect(items[2]!.textContent).toMatch(/nobody-we-know/);
    // The good ones are in.
    expect((await api.reader.measures.get({ ref: good.slug })).measure.title).toBe(good.title);
  });

  it('says why a file that is not JSON, or not the format, cannot be imported, and sends nothing', async () => {
    const api = realApi();
    renderInApp(<ImportPage />, { api });
    choose('notes.json', '{"format": "dossier-interchange", oops');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^notes\.json is not JSON \(.+\)\. Choose the \.json file/);
    expect(screen.queryByRole('button', { name: x.start })).toBeNull();

    choose('other.json', JSON.stringify({ type: 'FeatureCollection', features: [] }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(x.refusal.format('other.json')),
    );
    choose('list.json', '[1, 2, 3]');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(x.refusal.notObject('list.json')),
    );
    choose(
      'future.json',
      JSON.stringify({ format: 'dossier-interchange', version: 2, sources: [] }),
    );
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(x.refusal.version('future.json', '2')),
    );
    choose('empty.json', JSON.stringify({ format: 'dossier-interchange', version: 1 }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(x.refusal.noRecords('empty.json')),
    );
    expect(api.inputsOf('dataset.import')).toEqual([]);
  });

  it('checks a file without saving it (dry run), across batches', async () => {
    const api = realApi();
    const file = syntheticFile(300);
    renderInApp(<ImportPage />, { api });
    await importFile('dossier.json', JSON.stringify(file), { dryRun: true });
    // Records of later batches name those of earlier ones: none is refused for it.
    expect(counts()).toEqual({
      Created: String(recordsIn(file)),
      Updated: '0',
      Unchanged: '0',
      Rejected: '0',
    });
    expect(screen.getByText(x.summary.checkedNote)).toBeTruthy();
    expect(sentBatches(api).length).toBeGreaterThan(1);
    expect((await api.reader.measures.list({})).items).toEqual([]);
  });

  it('asks for a token when no one is signed in, and imports with it', async () => {
    const api = realApi({ token: 'team-secret-1', role: null });
    const file = {
      format: 'dossier-interchange',
      version: 1,
      sources: [{ key: 's1', title: 'S', publisher: 'P', kind: 'other' }],
    };
    renderInApp(<ImportPage />, { api });
    await importFile('one.json', JSON.stringify(file));
    expect(screen.getByRole('alert').textContent).toContain(x.stopped.needsToken);
    expect(counts().Created).toBe('0');

    fireEvent.click(screen.getByRole('button', { name: x.summary.another }));
    fireEvent.change(screen.getByLabelText(x.token), { target: { value: 'team-secret-1' } });
    await importFile('one.json', JSON.stringify(file));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(counts().Created).toBe('1');
  });
});
