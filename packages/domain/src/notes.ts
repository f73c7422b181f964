// The team's notes and meeting log: its own words, beside the record but not part of it.

/** What a note is about. */
export const noteSubjects = ['measure', 'stakeholder'] as const;
export type NoteSubject = (typeof noteSubjects)[number];
