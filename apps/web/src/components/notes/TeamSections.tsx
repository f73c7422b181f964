// The team's notes and meetings on a brief or a stakeholder's page: only for a signed-in person
// (the API refuses them to anyone else, and a public reading shows no trace of them). The
// sections, and the Markdown they render, load with the page's own data, out of the first
// download.
import type { NoteSubject } from '@dossier/domain';
import { lazy, Suspense } from 'react';
import { useSession } from '../../auth/session';
import { Loading } from '../states';

const TeamPanels = lazy(() => import('./TeamPanels'));

export interface TeamSubject {
  kind: NoteSubject;
  id: string;
  slug: string;
  /** The measure's title or the stakeholder's name. */
  label: string;
}

export function TeamSections({ subject }: { subject: TeamSubject }) {
  const { user } = useSession();
  if (!user) return null;
  return (
    <Suspense fallback={<Loading />}>
      <TeamPanels subject={subject} />
    </Suspense>
  );
}
