import { WatchButton } from '../components/following/WatchButton';
import { EditStakeholder } from '../components/forms/stakeholder';
import { SubjectHistory } from '../components/history/SubjectHistory';
import { SubjectTabs } from '../components/history/SubjectTabs';
import { useSubjectView } from '../components/history/view';
import { TeamSections } from '../components/notes/TeamSections';
import { indexSources } from '../components/SourceRef';
import { countryName } from '../components/stakeholders/countries';
import { PositionsByMeasure } from '../components/stakeholders/PositionsByMeasure';
import { groupPositionsByMeasure } from '../components/stakeholders/positions';
import { stakeholderStrings } from '../components/stakeholders/strings';
import type { StakeholderDetail } from '../components/stakeholders/types';
import { ErrorState, Loading, NotFoundState } from '../components/states';
import { useLabels, useTranslations } from '../i18n';
import { Link, paths } from '../router';
import { useDocumentTitle } from '../title';
import { trpc } from '../trpc';
import '../components/stakeholders/stakeholders.css';

export default function StakeholderPage({ slugOrId }: { slugOrId: string }) {
  const s = useTranslations(stakeholderStrings).page;
  // `?view=history`: the History tab.
  if (useSubjectView().history)
    return (
      <SubjectHistory
        kind="stakeholder"
        subjectRef={slugOrId}
        path={paths.stakeholder(slugOrId)}
        back={{ to: paths.stakeholders(), label: s.backToList }}
      />
    );
  return <StakeholderDetailPage slugOrId={slugOrId} />;
}

function StakeholderDetailPage({ slugOrId }: { slugOrId: string }) {
  const s = useTranslations(stakeholderStrings).page;
  const detail = trpc.stakeholders.get.useQuery({ ref: slugOrId });
  const notFound = detail.error?.data?.code === 'NOT_FOUND';
  useDocumentTitle(
    detail.data ? detail.data.stakeholder.name : notFound ? s.notFound(slugOrId) : null,
  );

  if (notFound)
    return (
      <NotFoundState
        title={s.notFound(slugOrId)}
        detail={s.notFoundHint}
        back={{ to: paths.stakeholders(), label: s.backToList }}
      />
    );
  // Data already on screen stays there if a later refetch fails.
  if (detail.data) return <StakeholderView detail={detail.data} />;
  if (detail.isError)
    return (
      <ErrorState
        error={detail.error}
        onRetry={() => void detail.refetch()}
        retrying={detail.isFetching}
        page
      />
    );
  return <Loading />;
}

export function StakeholderView({ detail }: { detail: StakeholderDetail }) {
  const t = useLabels();
  const s = useTranslations(stakeholderStrings);
  const { stakeholder, members, positions } = detail;
  const groups = groupPositionsByMeasure(positions);
  const sources = indexSources(detail.sources);
  // A person has no members; an organisation with none says so.
  const showMembers = stakeholder.kind === 'organisation' || members.length > 0;

  return (
    <article className="stk-stakeholder-profile">
      <p className="back">
        <Link to={paths.stakeholders()}>← {s.page.backToList}</Link>
      </p>
      <header className="page-header">
        <h1>{stakeholder.name}</h1>
        <WatchButton kind="stakeholder" target={stakeholder.id} />
        <p className="meta">
          <span className="badge stk-stakeholder-kind">{s.kind[stakeholder.kind]}</span>
          <span className="meta-item">{t.category[stakeholder.category]}</span>
          {stakeholder.country ? (
            <span className="meta-item">{countryName(stakeholder.country, t.locale)}</span>
          ) : null}
        </p>
        {stakeholder.role || stakeholder.affiliation ? (
          <dl className="stk-profile-facts">
            {stakeholder.role ? (
              <div>
                <dt>{s.page.role}</dt>
                <dd>{stakeholder.role}</dd>
              </div>
            ) : null}
            {stakeholder.affiliation ? (
              <div>
                <dt>{s.page.affiliation}</dt>
                <dd>
                  <Link to={paths.stakeholder(stakeholder.affiliation.slug)}>
                    {stakeholder.affiliation.name}
                  </Link>
                </dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        {stakeholder.description ? (
          <p className="stk-profile-description">{stakeholder.description}</p>
        ) : null}
        <EditStakeholder stakeholder={stakeholder} />
      </header>
      <SubjectTabs path={paths.stakeholder(stakeholder.slug)} current="brief" />

      <div className={showMembers ? 'stk-profile-grid' : undefined}>
        <section className="stk-profile-section" aria-labelledby="positions-title">
          <h2 id="positions-title">{s.page.positions}</h2>
          {groups.length > 0 ? (
            <>
              <p className="count">
                {s.page.positionCount(positions.length)} {s.page.onMeasures(groups.length)}
              </p>
              <PositionsByMeasure groups={groups} sources={sources} />
            </>
          ) : (
            <p className="empty">{s.page.noPositions}</p>
          )}
        </section>

        {showMembers ? (
          <section className="stk-profile-section" aria-labelledby="members-title">
            <h2 id="members-title">{s.page.members}</h2>
            {members.length > 0 ? (
              <ul className="stk-member-list">
                {members.map((m) => (
                  <li key={m.id}>
                    <Link to={paths.stakeholder(m.slug)}>{m.name}</Link>
                    {m.role ? <span className="stk-member-role">{m.role}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="empty">{s.page.noMembers}</p>
            )}
          </section>
        ) : null}
      </div>

      {/* The team's own notes and meetings: signed-in people only. */}
      <TeamSections
        subject={{
          kind: 'stakeholder',
          id: stakeholder.id,
          slug: stakeholder.slug,
          label: stakeholder.name,
        }}
      />
    </article>
  );
}
