import { type ImportOutcome, type ImportResult, importOutcomes } from '@dossier/domain';
import { type DragEvent, useId, useRef, useState } from 'react';
import {
  type FileRefusal,
  type ImportPlan,
  type ImportProgress,
  type ImportRun,
  planImport,
  runImport,
} from '../components/import/plan';
import { type ImportStrings, importStrings } from '../components/import/strings';
import { PageHeader } from '../components/PageHeader';
import { useLabels, useTranslations } from '../i18n';
import { isAnswered, trpc } from '../trpc';
import '../components/import/import.css';

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'refused'; name: string; message: string }
  | { step: 'ready'; name: string; plan: ImportPlan }
  | { step: 'running'; name: string; plan: ImportPlan; progress: ImportProgress; dryRun: boolean }
  | { step: 'done'; name: string; plan: ImportPlan; run: ImportRun };

function refusalMessage(x: ImportStrings, name: string, refusal: FileRefusal): string {
  switch (refusal.kind) {
    case 'notJson':
      return x.refusal.notJson(name, refusal.detail);
    case 'notObject':
      return x.refusal.notObject(name);
    case 'format':
      return x.refusal.format(name);
    case 'version':
      return x.refusal.version(name, JSON.stringify(refusal.found) ?? 'none');
    case 'noRecords':
      return x.refusal.noRecords(name);
  }
}

/** Picks an interchange file, sends it to `dataset.import` in batches, and sums up what it did. */
export default function ImportPage() {
  const x = useTranslations(importStrings);
  const utils = trpc.useUtils();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [dryRun, setDryRun] = useState(false);
  const [token, setToken] = useState('');
  const [dragging, setDragging] = useState(false);

  const read = async (file: File) => {
    setState({ step: 'reading', name: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ step: 'refused', name: file.name, message: x.refusal.unreadable(file.name) });
      return;
    }
    const planned = planImport(text);
    setState(
      planned.ok
        ? { step: 'ready', name: file.name, plan: planned.plan }
        : {
            step: 'refused',
            name: file.name,
            message: refusalMessage(x, file.name, planned.refusal),
          },
    );
  };

  const start = async (name: string, plan: ImportPlan) => {
    const context = token.trim() ? { token: token.trim() } : {};
    const run = await runImport(plan, {
      dryRun,
      send: (input) => utils.client.dataset.import.mutate(input, { context }),
      onProgress: (progress) => setState({ step: 'running', name, plan, progress, dryRun }),
    });
    // What the schedule, briefs and search show may have changed.
    if (!dryRun && run.done > 0) void utils.invalidate();
    setState({ step: 'done', name, plan, run });
  };

  const again = () => {
    setState({ step: 'idle' });
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  };

  const busy = state.step === 'reading' || state.step === 'running';
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) void read(file);
  };

  return (
    <div className="import-page">
      <PageHeader title={x.title} intro={x.intro}>
        <p className="muted">{x.formatLink}</p>
      </PageHeader>

      <form
        className="import-form card"
        onSubmit={(e) => {
          e.preventDefault();
          if (state.step === 'ready') void start(state.name, state.plan);
        }}
      >
        {/* biome-ignore lint/a11y/noStaticElementInteractions: the file input inside is the control; dropping is a shortcut */}
        <div
          className={dragging ? 'import-drop is-dragging' : 'import-drop'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={`${id}-file`} className="import-label">
            {x.file}
          </label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void read(file);
            }}
          />
          <span className="muted import-drop-hint">{x.drop}</span>
        </div>

        <div className="import-options">
          <label className="import-check">
            <input
              type="checkbox"
              checked={dryRun}
              disabled={busy}
              onChange={(e) => setDryRun(e.target.checked)}
              aria-describedby={`${id}-dry`}
            />{' '}
            {x.dryRun}
          </label>
          <p id={`${id}-dry`} className="muted import-hint">
            {x.dryRunHint}
          </p>
          <label htmlFor={`${id}-token`} className="import-label">
            {x.token}
          </label>
          <input
            id={`${id}-token`}
            className="import-token"
            type="password"
            autoComplete="off"
            value={token}
            disabled={busy}
            onChange={(e) => setToken(e.target.value)}
            aria-describedby={`${id}-token-hint`}
          />
          <p id={`${id}-token-hint`} className="muted import-hint">
            {x.tokenHint}
          </p>
        </div>

        <div aria-live="polite">
          {state.step === 'reading' ? <p role="status">{x.reading}</p> : null}
          {state.step === 'refused' ? (
            <p className="import-refused" role="alert">
              {state.message}
            </p>
          ) : null}
          {state.step === 'ready' || state.step === 'running' || state.step === 'done' ? (
            <FileContents name={state.name} plan={state.plan} />
          ) : null}
        </div>

        {state.step === 'ready' ? (
          <button type="submit">{dryRun ? x.check : x.start}</button>
        ) : null}
        {state.step === 'running' ? <Progress progress={state.progress} /> : null}
      </form>

      {state.step === 'done' ? (
        <Outcome run={state.run} batches={state.plan.batches.length} onAgain={again} />
      ) : null}
    </div>
  );
}

function FileContents({ name, plan }: { name: string; plan: ImportPlan }) {
  const x = useTranslations(importStrings);
  const t = useLabels();
  const number = new Intl.NumberFormat(t.locale);
  return (
    <div className="import-contents">
      <p>{x.holds(name, plan.records)}</p>
      <ul className="import-sections">
        {plan.sections.map((s) => (
          <li key={s.section}>
            {number.format(s.records)} {x.section[s.section]}
          </li>
        ))}
      </ul>
      {plan.fileProblems.length > 0 ? (
        <div className="import-skipped">
          <p>{x.skipped}</p>
          <ul>
            {plan.fileProblems.map((p) => (
              <li key={p.kind === 'unknownField' ? p.field : p.section}>
                {p.kind === 'unknownField'
                  ? x.fileProblem.unknownField(p.field)
                  : x.fileProblem.notArray(p.section)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function Progress({ progress }: { progress: ImportProgress }) {
  const x = useTranslations(importStrings);
  const text = x.sending(
    progress.sent,
    progress.records,
    Math.min(progress.batch + 1, progress.batches),
    progress.batches,
  );
  return (
    <div className="import-progress">
      <progress
        max={progress.records}
        value={progress.sent}
        aria-label={x.progressLabel}
        aria-valuetext={text}
      />
      <p role="status">{text}</p>
    </div>
  );
}

function stopReason(x: ImportStrings, error: unknown): string {
  const code = (error as { data?: { code?: unknown } } | null)?.data?.code;
  if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN') return x.stopped.needsToken;
  if (!isAnswered(error)) return x.stopped.unreachable;
  return x.stopped.server((error as Error).message);
}

/** How many rejected records are listed at first: a bad file may have thousands. */
const firstRejected = 100;

function Outcome({
  run,
  batches,
  onAgain,
}: {
  run: ImportRun;
  batches: number;
  onAgain: () => void;
}) {
  const x = useTranslations(importStrings);
  const t = useLabels();
  const [listed, setListed] = useState(firstRejected);
  const { result, stopped } = run;
  const number = new Intl.NumberFormat(t.locale);
  const sections = Object.entries(result.sections) as [
    keyof ImportResult['sections'],
    Record<ImportOutcome, number>,
  ][];
  const { created, updated, unchanged, rejected } = result.counts;
  const rest = result.rejected.length - listed;

  return (
    <section className="import-outcome" aria-labelledby="import-outcome-title">
      {stopped ? (
        <div className="state state-error" role="alert">
          <h2>{x.stopped.title}</h2>
          <p>
            {x.stopped.batch(stopped.batch, batches)} {stopReason(x, stopped.error)}
          </p>
          <p>{result.dryRun ? x.stopped.dryResume : x.stopped.resume}</p>
        </div>
      ) : null}
      <h2 id="import-outcome-title">{result.dryRun ? x.summary.checked : x.summary.imported}</h2>
      {result.dryRun ? <p className="muted">{x.summary.checkedNote}</p> : null}
      <dl className="import-counts">
        {importOutcomes.map((outcome) => (
          <div key={outcome} className={`import-count import-count-${outcome}`}>
            <dt>{x.summary.outcome[outcome]}</dt>
            <dd>{number.format(result.counts[outcome])}</dd>
          </div>
        ))}
      </dl>
      {!stopped && created + updated + rejected === 0 && unchanged > 0 ? (
        <p className="import-unchanged" role="status">
          {x.summary.nothingChanged}
        </p>
      ) : null}

      {sections.length > 0 ? (
        // Five columns may not fit a phone: the table scrolls on its own, by keyboard too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take the focus to scroll by keyboard
        <section className="import-table-wrap" aria-label={x.summary.bySection} tabIndex={0}>
          <table className="data-table import-table">
            <caption>{x.summary.bySection}</caption>
            <thead>
              <tr>
                <th scope="col">{x.summary.sectionColumn}</th>
                {importOutcomes.map((o) => (
                  <th key={o} scope="col">
                    {x.summary.outcome[o]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sections.map(([section, counts]) => (
                <tr key={section}>
                  <th scope="row">{x.section[section]}</th>
                  {importOutcomes.map((o) => (
                    <td key={o}>{number.format(counts[o])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {result.rejected.length > 0 ? (
        <div className="import-rejected">
          <h3>{x.summary.rejected(rejected)}</h3>
          <p className="muted">{x.summary.rejectedIntro}</p>
          <ul>
            {result.rejected.slice(0, listed).map((r) => (
              <li key={r.record}>
                <code className="import-record">{r.record}</code>
                <ul>
                  {r.problems.map((p) => (
                    <li key={`${p.path} ${p.message}`}>
                      <code>{p.path}</code>: {p.message}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {rest > 0 ? (
            <button type="button" className="show-more-all" onClick={() => setListed(Infinity)}>
              {x.summary.more(rest)}
            </button>
          ) : null}
        </div>
      ) : null}

      <p>
        <button type="button" onClick={onAgain}>
          {x.summary.another}
        </button>
      </p>
    </section>
  );
}
