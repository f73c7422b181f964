// The notes and the meetings of one measure or stakeholder, newest first, with the controls an
// editor needs (a viewer sees the same without them).
import { useEffect } from 'react';
import { MeetingsSection } from './MeetingsSection';
import { NotesSection } from './NotesSection';
import type { TeamSubject } from './TeamSections';

export default function TeamPanels({ subject }: { subject: TeamSubject }) {
  // A search hit links to `#team-notes` or `#meetings`: the sections come after the page's own
  // data, so the browser could not scroll to them when the page opened.
  useEffect(() => {
    const id = window.location.hash.slice(1);
    if (id) document.getElementById(id)?.scrollIntoView?.();
  }, []);
  return (
    <>
      <NotesSection subject={subject} />
      <MeetingsSection subject={subject} />
    </>
  );
}
