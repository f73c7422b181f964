// "Meetings": when, what, who attended, the stakeholders met and the measures discussed (as
// links), the summary and the follow-ups in Markdown; editors log and edit meetings.
import type { RouterOutputs } from '@dossier/client';
import { lazy, Suspense } from 'react';
import { useCanEdit } from '../../auth/session';
import { useTranslations } from '../../i18n';
import { Link, paths } from '../../router';
import { trpc } from '../../trpc';
import { EditPanel } from '../forms/FormParts';
import { PartialDate } from '../PartialDate';
import { Loading } from '../states';
import { teamAnchors } from './anchors';
import { LazyMarkdown } from './LazyMarkdown';
import { notesPageSize } from './NotesSection';
import { PagedItems } from './PagedItems';
import { notesStrings } from './strings';
import type { TeamSubject } from './TeamSections';
import './notes.css';

const MeetingForm = lazy(() => import('./MeetingForm'));

export type Meeting = RouterOutputs['meetings']['list']['items'][number];

export function MeetingsSection({ subject }: { subject: TeamSubject }) {
  const s = useTranslations(notesStrings);
  const canEdit = useCanEdit();
  const ref =
    subject.kind === 'measure' ? { measureRef: subject.id } : { stakeholderRef: subject.id };
  const list = trpc.meetings.list.useInfiniteQuery(
    { ...ref, limit: notesPageSize },
    { getNextPageParam: (last) => last.nextCursor },
  );
  const titleId = `${teamAnchors.meetings}-title`;
  return (
    <section id={teamAnchors.meetings} className="nt-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{s.meetingsTitle}</h2>
      {canEdit ? (
        <EditPanel label={s.logMeeting} title={s.logMeetingTitle}>
          {(close) => (
            <Suspense fallback={<Loading />}>
              <MeetingForm subject={subject} onDone={close} />
            </Suspense>
          )}
        </EditPanel>
      ) : null}
      <PagedItems query={list} empty={s.noMeetings} more={s.more(notesPageSize)}>
        {(m) => <MeetingItem key={m.id} meeting={m} subject={subject} canEdit={canEdit} />}
      </PagedItems>
    </section>
  );
}

function MeetingItem({
  meeting,
  subject,
  canEdit,
}: {
  meeting: Meeting;
  subject: TeamSubject;
  canEdit: boolean;
}) {
  const s = useTranslations(notesStrings);
  return (
    <li className="nt-item">
      <h3>
        <PartialDate date={meeting.heldOn} /> · {meeting.title}
      </h3>
      <dl className="nt-links">
        <div>
          <dt>{s.attended}</dt>
          <dd>{meeting.attendees.join(', ')}</dd>
        </div>
        {meeting.stakeholders.length ? (
          <div>
            <dt>{s.met}</dt>
            <dd>
              {meeting.stakeholders.map((x, i) => (
                <span key={x.id}>
                  {i > 0 ? ', ' : null}
                  <Link to={paths.stakeholder(x.slug)}>{x.name}</Link>
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        {meeting.measures.length ? (
          <div>
            <dt>{s.discussed}</dt>
            <dd>
              {meeting.measures.map((x, i) => (
                <span key={x.id}>
                  {i > 0 ? ', ' : null}
                  <Link to={paths.measure(x.slug)}>{x.title}</Link>
                </span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      {meeting.summary ? (
        <>
          <h4>{s.summary}</h4>
          <LazyMarkdown text={meeting.summary} />
        </>
      ) : null}
      {meeting.followUps ? (
        <>
          <h4>{s.followUps}</h4>
          <LazyMarkdown text={meeting.followUps} />
        </>
      ) : null}
      {canEdit ? (
        <div className="nt-actions">
          <EditPanel label={s.edit} title={s.editMeetingTitle}>
            {(close) => (
              <Suspense fallback={<Loading />}>
                <MeetingForm subject={subject} meeting={meeting} onDone={close} />
              </Suspense>
            )}
          </EditPanel>
        </div>
      ) : null}
    </li>
  );
}
