import { Balance } from '../components/Balance';
import { BriefHeader } from '../components/brief/BriefHeader';
import { RelatedMeasures, ReviewsPanel } from '../components/brief/LinkedMeasures';
import { Section } from '../components/brief/Section';
import { SourcesList } from '../components/brief/SourcesList';
import { SystemsPanel } from '../components/brief/SystemsGraph';
import { Timeline } from '../components/brief/Timeline';
import { briefText } from '../components/brief/text';
import { useBriefPages } from '../components/brief/useBriefPages';
import { CsvDownloads } from '../components/CsvDownloads';
import { AsOfForm, NotYetRecorded, ViewingPast } from '../components/history/AsOf';
import { SubjectHistory } from '../components/history/SubjectHistory';
import { SubjectTabs } from '../components/history/SubjectTabs';
import { useSubjectView } from '../components/history/view';
import { EditingBanner } from '../components/live/EditingBanner';
import { TeamSections } from '../components/notes/TeamSections';
import { ShowMore } from '../components/ShowMore';
import { indexSources, SourceRef } from '../components/SourceRef';
import { StakeholderPanel } from '../components/StakeholderPanel';
import { ErrorState, Loading, NotFoundState } from '../components/states';
import { useLabels, useTranslations } from '../i18n';
import { Link, paths } from '../router';
import { useDocumentTitle } from '../title';
import { type Brief, trpc } from '../trpc';
import '../components/brief/brief.css';

export default function MeasureBriefPage({ slug }: { slug: string }) {
  const t = useLabels();
  // `?view=history`: the History tab; `?asOf=`: the brief as it stood then.
  const view = useSubjectView();
  if (view.history)
    return (
      <SubjectHistory
        kind="measure"
        subjectRef={slug}
        path={paths.measure(slug)}
        back={{ to: paths.schedule(), label: t.ui.backToList }}
      />
    );
  return <MeasureBrief slug={slug} asOf={view.asOf} />;
}

function MeasureBrief({ slug, asOf }: { slug: string; asOf: string | null }) {
  const t = useLabels();
  const brief = trpc.measures.get.useQuery({ ref: slug, ...(asOf ? { asOf } : {}) });
  const notFound = brief.error?.data?.code === 'NOT_FOUND';
  useDocumentTitle(
    brief.data ? brief.data.measure.title : notFound ? t.ui.brief.notFound(slug) : null,
  );

  if (notFound && asOf)
    return <NotYetRecorded message={brief.error?.message ?? ''} path={paths.measure(slug)} />;
  if (notFound)
    return <NotFoundState title={t.ui.brief.notFound(slug)} detail={t.ui.brief.notFoundHint} />;
  // Data already on screen stays there if a later refetch fails.
  if (brief.data && asOf)
    return (
      <ViewingPast asOf={asOf} path={paths.measure(slug)}>
        <BriefView brief={brief.data} />
      </ViewingPast>
    );
  if (brief.data) return <BriefView brief={brief.data} />;
  if (brief.isError)
    return (
      <ErrorState
        error={brief.error}
        onRetry={() => void brief.refetch()}
        retrying={brief.isFetching}
        page
      />
    );
  return <Loading />;
}

const sectionIds = [
  'summary',
  'timeline',
  'stakeholders',
  'reviews',
  'related',
  'systems',
  'sources',
] as const;

/**
 * The brief of one measure, in the order a reader needs it, ready to print. Its timeline,
 * stakeholders and sources start with the first pages the API gives and grow on request.
 */
export function BriefView({ brief }: { brief: Brief }) {
  const t = useLabels();
  const x = useTranslations(briefText);
  const pages = useBriefPages(brief);
  const sources = indexSources(pages.sources);
  const { measure } = brief;
  const paragraphs = measure.summary?.split(/\n\s*\n/).filter((p) => p.trim()) ?? [];
  const titles: Record<(typeof sectionIds)[number], string> = {
    summary: t.ui.brief.summary,
    timeline: t.ui.brief.timeline,
    stakeholders: t.ui.brief.stakeholders,
    reviews: t.ui.brief.reviews,
    related: t.ui.brief.related,
    systems: t.ui.brief.systems,
    sources: t.ui.brief.sources,
  };

  return (
    <article className="bf-brief">
      <p className="bf-back">
        <Link to={paths.schedule()}>← {t.ui.backToList}</Link>
      </p>
      <EditingBanner measureId={brief.measure.id} />
      <BriefHeader brief={brief} sources={sources} />
      <SubjectTabs path={paths.measure(measure.slug)} current="brief" />
      <AsOfForm path={paths.measure(measure.slug)} />

      <nav className="bf-toc" aria-label={x.onThisPage}>
        <ul>
          {sectionIds.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{titles[id]}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="summary" title={titles.summary}>
        <div className="bf-summary">
          {paragraphs.length > 0 ? (
            paragraphs.map((p) => <p key={p}>{p}</p>)
          ) : (
            <p className="empty">{t.ui.brief.noSummary}</p>
          )}
          <SourceRef
            sourceId={measure.sourceId}
            sources={sources}
            numbered
            numberLabel={x.sourceNumber}
          />
        </div>
      </Section>

      <Section id="timeline" title={titles.timeline}>
        {/* Above the list: the events it loads are earlier ones, and come in at the top. */}
        <ShowMore
          shown={pages.events.length}
          total={brief.timeline.total}
          more={pages.more.timeline}
          moreLabel={x.showEarlier}
        />
        <Timeline events={pages.events} sources={sources} measureId={measure.id} />
      </Section>

      <Section id="stakeholders" title={titles.stakeholders}>
        <div className="bf-balance">
          <p className="bf-balance-label">{x.balance}</p>
          <Balance balance={brief.balance} showZero />
        </div>
        <StakeholderPanel
          stakeholders={pages.entries}
          sources={sources}
          counts={brief.stanceCounts}
          measureId={measure.id}
        />
        <ShowMore
          shown={pages.entries.length}
          total={brief.stakeholders.total}
          more={pages.more.stakeholders}
        />
      </Section>

      <Section id="reviews" title={titles.reviews}>
        <ReviewsPanel reviews={brief.reviews} sources={sources} />
      </Section>

      <Section id="related" title={titles.related}>
        <RelatedMeasures
          related={brief.related}
          reviews={brief.reviews}
          sources={sources}
          measureId={measure.id}
        />
      </Section>

      <Section id="systems" title={titles.systems}>
        <SystemsPanel
          links={brief.systems}
          measureTitle={measure.title}
          sources={sources}
          measureId={measure.id}
        />
      </Section>

      <Section id="sources" title={titles.sources}>
        <SourcesList sources={pages.sources} />
        <ShowMore
          shown={pages.sources.length}
          total={brief.sources.total}
          more={pages.more.sources}
        />
      </Section>

      {/* The team's own notes and meetings: signed-in people only. */}
      <TeamSections
        subject={{ kind: 'measure', id: measure.id, slug: measure.slug, label: measure.title }}
      />

      {/* This measure's own rows only: the server's `measure` filter, by slug. */}
      <CsvDownloads
        filters={{ measure: measure.slug }}
        tables={['positions', 'events']}
        note={t.ui.downloads.brief}
      />
    </article>
  );
}
