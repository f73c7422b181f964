// A note or meeting found by search opens the page it is on, at its section.
import { describe, expect, it } from 'vitest';
import { hitTarget, type SearchHit } from './hits';

const subject = { kind: 'stakeholder' as const, id: 's1', slug: 'edri', label: 'EDRi' };

describe('the target of a team hit', () => {
  it('is the section of the page the note or meeting is on', () => {
    const note = {
      kind: 'note',
      id: 'n1',
      author: 'ana',
      createdAt: '2024-01-01T00:00:00Z',
      subject,
      label: [],
      snippet: null,
    } as SearchHit;
    expect(hitTarget(note)).toEqual({ to: '/stakeholders/edri#team-notes' });
    const meeting = {
      kind: 'meeting',
      id: 'm1',
      title: 'Call',
      heldOn: '2024',
      subject: { ...subject, kind: 'measure', slug: 'chat-control' },
      label: [],
      snippet: null,
    } as SearchHit;
    expect(hitTarget(meeting)).toEqual({ to: '/measures/chat-control#meetings' });
    expect(hitTarget({ ...meeting, subject: null } as SearchHit)).toBeNull();
  });
});
