import { Balance } from '../components/Balance';
import { StageBadge } from '../components/badges';
import { PartialDate } from '../components/PartialDate';
import { ErrorState, Loading } from '../components/states';
import { useLabels } from '../i18n';
import { Link, paths } from '../router';
import { useDocumentTitle } from '../title';
import { type MeasureCard, trpc } from '../trpc';

const pageSize = 200;

export default function SchedulePage() {
  const t = useLabels();
  useDocumentTitle(t.ui.list.title);
  const list = trpc.measures.list.useQuery({ limit: pageSize });

  return (
    <>
      <header className="page-header">
        <h1>{t.ui.list.title}</h1>
        <p className="lede">{t.ui.list.intro}</p>
      </header>
      {list.data ? (
        list.data.items.length === 0 ? (
          <p className="state state-empty">{t.ui.list.empty}</p>
        ) : (
          <>
            <p className="count">{t.ui.list.count(list.data.items.length)}</p>
            <ul className="measure-list">
              {list.data.items.map((measure) => (
                <MeasureItem key={measure.id} measure={measure} />
              ))}
            </ul>
            {list.data.nextCursor ? <p className="note">{t.ui.list.more(pageSize)}</p> : null}
          </>
        )
      ) : list.isError ? (
        <ErrorState
          error={list.error}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}

function MeasureItem({ measure }: { measure: MeasureCard }) {
  const t = useLabels();
  return (
    <li className="card measure-card">
      <h2 className="measure-title">
        <Link to={paths.measure(measure.slug)}>{measure.title}</Link>
      </h2>
      <p className="meta">
        <StageBadge stage={measure.stage} />
        <span className="meta-item">{t.kind[measure.kind]}</span>
        <span className="meta-item" title={t.ui.jurisdiction}>
          {measure.jurisdiction}
        </span>
      </p>
      <dl className="facts">
        <div>
          <dt>{t.ui.last}</dt>
          <dd>
            {measure.lastEvent ? (
              <>
                <PartialDate
                  date={measure.lastEvent.date}
                  precision={measure.lastEvent.datePrecision}
                />
                {' — '}
                {measure.lastEvent.title}
              </>
            ) : (
              <span className="muted">{t.ui.noEventYet}</span>
            )}
          </dd>
        </div>
        {measure.nextEvent ? (
          <div>
            <dt>{t.ui.next}</dt>
            <dd>
              <PartialDate
                date={measure.nextEvent.date}
                precision={measure.nextEvent.datePrecision}
              />
              {' — '}
              {measure.nextEvent.title}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t.ui.list.balance}</dt>
          <dd>
            <Balance balance={measure.balance} />
          </dd>
        </div>
      </dl>
    </li>
  );
}
