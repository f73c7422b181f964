// The team's notes and meeting log (never shown to a reader who is not signed in).
export {
  createMeeting,
  listMeetings,
  type MeetingRow,
  type MeetingsPage,
  type MeetingView,
  updateMeeting,
} from './meetings';
export {
  createNote,
  listNotes,
  type NoteRow,
  type NotesPage,
  removeNote,
  updateNote,
} from './notes';
export { type TeamWordsSince, teamWordsSince } from './since';
export type { Subject } from './subjects';
