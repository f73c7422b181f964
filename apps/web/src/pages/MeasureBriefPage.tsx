import { isSideStage, mainStages, type Stage, stageIndex } from '@dossier/domain';
import type { ReactNode } from 'react';
import { Balance } from '../components/Balance';
import { StageBadge } from '../components/badges';
import { PartialDate } from '../components/PartialDate';
import { indexSources, type SourceIndex, SourceRef } from '../components/SourceRef';
import { StakeholderPanel } from '../components/StakeholderPanel';
import { ErrorState, Loading, NotFoundState } from '../components/states';
import { useLabels } from '../i18n';
import { Link, paths } from '../router';
import { useDocumentTitle } from '../title';
import { type Brief, trpc } from '../trpc';

type Related = Brief['related'][number];
type EventSummary = NonNullable<Related['lastEvent']>;

export default function MeasureBriefPage({ slug }: { slug: string }) {
  const t = useLabels();
  const brief = trpc.measures.get.useQuery({ ref: slug });
  const notFound = brief.error?.data?.code === 'NOT_FOUND';
  useDocumentTitle(
    brief.data ? brief.data.measure.title : notFound ? t.ui.brief.notFound(slug) : null,
  );

  if (notFound)
    return <NotFoundState title={t.ui.brief.notFound(slug)} detail={t.ui.brief.notFoundHint} />;
  // Data already on screen stays there if a later refetch fails.
  if (brief.data) return <BriefView brief={brief.data} />;
  if (brief.isError)
    return (
      <ErrorState
        error={brief.error}
        onRetry={() => void brief.refetch()}
        retrying={brief.isFetching}
      />
    );
  return <Loading />;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="brief-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

export function BriefView({ brief }: { brief: Brief }) {
  const t = useLabels();
  const sources = indexSources(brief.sources);
  const { measure } = brief;
  const paragraphs = measure.summary?.split(/\n\s*\n/).filter((p) => p.trim()) ?? [];

  return (
    <article className="brief">
      <p className="back">
        <Link to={paths.schedule()}>← {t.ui.backToList}</Link>
      </p>
      <header className="page-header">
        <h1>{measure.title}</h1>
        <p className="meta">
          <StageBadge stage={measure.stage} />
          <span className="meta-item">{t.kind[measure.kind]}</span>
          <span className="meta-item" title={t.ui.jurisdiction}>
            {measure.jurisdiction}
          </span>
        </p>
        <StageTrack stage={measure.stage} />
      </header>

      <div className="brief-grid">
        <Section id="summary" title={t.ui.brief.summary}>
          {paragraphs.length > 0 ? (
            paragraphs.map((p) => <p key={p}>{p}</p>)
          ) : (
            <p className="empty">{t.ui.brief.noSummary}</p>
          )}
          <SourceRef sourceId={measure.sourceId} sources={sources} />
          {measure.policyAreas.length > 0 ? (
            <ul className="tags" aria-label={t.ui.brief.policyAreas}>
              {measure.policyAreas.map((area) => (
                <li key={area} className="tag">
                  {area}
                </li>
              ))}
            </ul>
          ) : null}
        </Section>

        <Section id="identifiers" title={t.ui.brief.identifiers}>
          {brief.identifiers.length > 0 ? (
            <dl className="identifiers">
              {brief.identifiers.map((i) => (
                <div key={`${i.scheme}:${i.value}`}>
                  <dt>{t.identifierScheme[i.scheme]}</dt>
                  <dd>
                    <code>{i.value}</code>
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="empty">{t.ui.brief.noIdentifiers}</p>
          )}
        </Section>
      </div>

      <Section id="timeline" title={t.ui.brief.timeline}>
        {brief.timeline.length > 0 ? (
          <ol className="timeline">
            {brief.timeline.map((event) => (
              <li key={event.id} className={event.upcoming ? 'event upcoming' : 'event'}>
                <p className="event-when">
                  <PartialDate date={event.date} precision={event.datePrecision} />
                  {event.upcoming ? (
                    <span className="badge upcoming-badge">{t.ui.upcoming}</span>
                  ) : null}
                </p>
                <div className="event-body">
                  <p className="event-title">
                    <span className="event-kind">{t.eventKind[event.kind]}</span>
                    <strong>{event.title}</strong>
                  </p>
                  {event.description ? (
                    <p className="event-description">{event.description}</p>
                  ) : null}
                  <SourceRef sourceId={event.sourceId} sources={sources} />
                </div>
              </li>
            ))}
          </ol>
        ) : (
          <p className="empty">{t.ui.brief.noEvents}</p>
        )}
      </Section>

      <Section id="stakeholders" title={t.ui.brief.stakeholders}>
        <Balance balance={brief.balance} />
        <StakeholderPanel stakeholders={brief.stakeholders} sources={sources} />
      </Section>

      <Section id="reviews" title={t.ui.brief.reviews}>
        {brief.reviews.length > 0 ? (
          <ul className="linked-measures">
            {brief.reviews.map((r) => (
              <LinkedMeasure key={r.linkId} link={r} sources={sources} showRelation={false} />
            ))}
          </ul>
        ) : (
          <p className="empty">{t.ui.brief.noReviews}</p>
        )}
      </Section>

      <Section id="related" title={t.ui.brief.related}>
        {brief.related.length > 0 ? (
          <ul className="linked-measures">
            {brief.related.map((r) => (
              <LinkedMeasure key={r.linkId} link={r} sources={sources} showRelation />
            ))}
          </ul>
        ) : (
          <p className="empty">{t.ui.brief.noRelated}</p>
        )}
      </Section>

      <Section id="systems" title={t.ui.brief.systems}>
        {brief.systems.length > 0 ? (
          <table className="systems">
            <thead>
              <tr>
                <th scope="col">{t.ui.brief.systemColumns.acronym}</th>
                <th scope="col">{t.ui.brief.systemColumns.name}</th>
                <th scope="col">{t.ui.brief.systemColumns.holds}</th>
                <th scope="col">{t.ui.brief.systemColumns.action}</th>
                <th scope="col">{t.ui.brief.systemColumns.source}</th>
              </tr>
            </thead>
            <tbody>
              {brief.systems.map((s) => (
                <tr key={s.linkId}>
                  <th scope="row" data-label={t.ui.brief.systemColumns.acronym}>
                    {s.system.acronym}
                  </th>
                  <td data-label={t.ui.brief.systemColumns.name}>{s.system.name}</td>
                  <td data-label={t.ui.brief.systemColumns.holds}>{s.system.holds}</td>
                  <td data-label={t.ui.brief.systemColumns.action}>{t.systemAction[s.action]}</td>
                  <td data-label={t.ui.brief.systemColumns.source}>
                    <SourceRef sourceId={s.sourceId} sources={sources} bare />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="empty">{t.ui.brief.noSystems}</p>
        )}
      </Section>

      <Section id="sources" title={t.ui.brief.sources}>
        {brief.sources.length > 0 ? (
          <ol className="sources">
            {brief.sources.map((s) => (
              <li key={s.id} id={`source-${s.id}`}>
                <cite className="source-title">
                  {s.url ? (
                    <a href={s.url} rel="noopener noreferrer" target="_blank">
                      {s.title}
                    </a>
                  ) : (
                    s.title
                  )}
                </cite>
                <p className="source-meta">
                  {s.publisher}
                  {s.publishedOn ? (
                    <>
                      {' · '}
                      <PartialDate date={s.publishedOn} />
                    </>
                  ) : null}
                  {' · '}
                  {t.sourceKind[s.kind]}
                </p>
                {s.note ? <p className="source-note">{s.note}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="empty">{t.ui.brief.noSources}</p>
        )}
      </Section>
    </article>
  );
}

/** The main track with the current stage marked; a side stage (withdrawn, ...) is said apart. */
function StageTrack({ stage }: { stage: Stage }) {
  const t = useLabels();
  const current = stageIndex(stage);
  return (
    <div className="stage-track-wrap">
      <ol className="stage-track" aria-label={t.ui.brief.stageTrack}>
        {mainStages.map((s, i) => (
          <li
            key={s}
            className={i < current ? 'done' : i === current ? 'current' : 'ahead'}
            aria-current={i === current ? 'step' : undefined}
          >
            {t.stage[s]}
          </li>
        ))}
      </ol>
      {isSideStage(stage) ? (
        <p className="side-stage">
          <StageBadge stage={stage} /> {t.ui.brief.sideStage}
        </p>
      ) : null}
    </div>
  );
}

function EventLine({ label, event }: { label: string; event: EventSummary }) {
  return (
    <p className="linked-event">
      <span className="linked-event-label">{label}: </span>
      <PartialDate date={event.date} precision={event.datePrecision} />
      {' — '}
      {event.title}
    </p>
  );
}

function LinkedMeasure({
  link,
  sources,
  showRelation,
}: {
  link: Related;
  sources: SourceIndex;
  showRelation: boolean;
}) {
  const t = useLabels();
  return (
    <li className="card linked-measure">
      {showRelation ? (
        <p className="relation">{t.relation[link.relation][link.direction]}</p>
      ) : null}
      <p className="linked-title">
        <Link to={paths.measure(link.measure.slug)}>{link.measure.title}</Link>
      </p>
      <p className="meta">
        <StageBadge stage={link.measure.stage} />
        <span className="meta-item">{t.kind[link.measure.kind]}</span>
        <span className="meta-item">{link.measure.jurisdiction}</span>
      </p>
      {link.lastEvent ? (
        <EventLine label={t.ui.last} event={link.lastEvent} />
      ) : (
        <p className="linked-event muted">{t.ui.noEventYet}</p>
      )}
      {link.nextEvent ? <EventLine label={t.ui.next} event={link.nextEvent} /> : null}
      {link.note ? <p className="link-note">{link.note}</p> : null}
      <SourceRef sourceId={link.sourceId} sources={sources} />
    </li>
  );
}
