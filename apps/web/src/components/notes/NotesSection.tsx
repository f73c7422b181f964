// "Team notes": each with its author and date, in Markdown; editors add, edit and delete.
import type { RouterOutputs } from '@dossier/client';
import { lazy, Suspense } from 'react';
import { useCanEdit } from '../../auth/session';
import { useTranslations } from '../../i18n';
import { trpc } from '../../trpc';
import { EditPanel, SaveError } from '../forms/FormParts';
import { PartialDate } from '../PartialDate';
import { Loading } from '../states';
import { teamAnchors } from './anchors';
import { LazyMarkdown } from './LazyMarkdown';
import { PagedItems } from './PagedItems';
import { notesStrings } from './strings';
import type { TeamSubject } from './TeamSections';
import '../forms/forms.css';
import './notes.css';

const NoteForm = lazy(() => import('./NoteForm'));

type Note = RouterOutputs['notes']['list']['items'][number];

export const notesPageSize = 20;

export function NotesSection({ subject }: { subject: TeamSubject }) {
  const s = useTranslations(notesStrings);
  const canEdit = useCanEdit();
  const list = trpc.notes.list.useInfiniteQuery(
    { subjectKind: subject.kind, subjectRef: subject.id, limit: notesPageSize },
    { getNextPageParam: (last) => last.nextCursor },
  );
  const titleId = `${teamAnchors.notes}-title`;
  return (
    <section id={teamAnchors.notes} className="nt-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{s.notesTitle}</h2>
      <p className="nt-intro">{s.notesIntro}</p>
      {canEdit ? (
        <EditPanel label={s.addNote} title={s.addNoteTitle}>
          {(close) => (
            <Suspense fallback={<Loading />}>
              <NoteForm subject={subject} onDone={close} />
            </Suspense>
          )}
        </EditPanel>
      ) : null}
      <PagedItems query={list} empty={s.noNotes} more={s.more(notesPageSize)}>
        {(note) => <NoteItem key={note.id} note={note} canEdit={canEdit} />}
      </PagedItems>
    </section>
  );
}

function NoteItem({ note, canEdit }: { note: Note; canEdit: boolean }) {
  const s = useTranslations(notesStrings);
  const utils = trpc.useUtils();
  const remove = trpc.notes.remove.useMutation({
    onSuccess: () => utils.notes.list.invalidate(),
  });
  return (
    <li className="nt-item">
      <p className="nt-meta">
        <span>{s.by(note.author)}</span>
        <PartialDate date={note.createdAt.slice(0, 10)} precision="day" />
        {note.version > 1 ? <span>({s.edited})</span> : null}
      </p>
      <LazyMarkdown text={note.body} />
      {canEdit ? (
        <div className="nt-actions">
          <EditPanel label={s.edit} title={s.editTitle}>
            {(close) => (
              <Suspense fallback={<Loading />}>
                <NoteForm note={note} onDone={close} />
              </Suspense>
            )}
          </EditPanel>
          <button
            type="button"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(s.removeConfirm))
                remove.mutate({ id: note.id, version: note.version });
            }}
          >
            {remove.isPending ? s.removing : s.remove}
          </button>
        </div>
      ) : null}
      <SaveError error={remove.error} />
    </li>
  );
}
