// Who may call what: every procedure of the API, with the least role it needs. This is the one
// place to read when auditing access. A procedure missing here is refused to everyone (and a
// test that walks the router fails), so a new procedure cannot be open by accident.
//
//   anyone     no sign-in needed (sign-in itself, and asking who is signed in)
//   signed-in  any signed-in person, whatever their role (their own account; the team's notes
//              and meetings, which a public read-only deployment never shows)
//   viewer     reads; anyone may read too when the server is started with public reads
//   editor     changes the record
//   admin      manages people and tokens
import type { Role } from '@dossier/domain';

export type Needed = 'anyone' | 'signed-in' | Role;

export const access: Readonly<Record<string, Needed>> = {
  'auth.me': 'anyone',
  'auth.signIn': 'anyone',
  'auth.redeemLink': 'anyone',
  'auth.signOut': 'anyone',
  'auth.setPassword': 'signed-in',

  'measures.list': 'viewer',
  'measures.stageCounts': 'viewer',
  'measures.facets': 'viewer',
  'measures.get': 'viewer',
  'measures.timeline': 'viewer',
  'measures.stakeholders': 'viewer',
  'measures.sources': 'viewer',
  'measures.history': 'viewer',
  'measures.create': 'editor',
  'measures.update': 'editor',
  'measures.acceptSuggestedStage': 'editor',

  'history.measure': 'viewer',
  'history.stakeholder': 'viewer',

  'stakeholders.list': 'viewer',
  'stakeholders.facets': 'viewer',
  'stakeholders.get': 'viewer',
  'stakeholders.create': 'editor',
  'stakeholders.update': 'editor',

  'positions.create': 'editor',
  'positions.update': 'editor',

  'events.create': 'editor',
  'events.update': 'editor',

  'claims.add': 'editor',
  'claims.prefer': 'editor',
  'claims.withdrawPreference': 'editor',

  'sources.list': 'viewer',
  'sources.get': 'viewer',
  'sources.create': 'editor',
  'sources.update': 'editor',

  'links.create': 'editor',
  'links.update': 'editor',

  'systems.list': 'viewer',
  'systems.measures': 'viewer',
  'systems.create': 'editor',
  'systems.update': 'editor',
  'systems.link': 'editor',

  'search.query': 'viewer',

  // The team's own words: signed-in readers only, even with public reads.
  'notes.list': 'signed-in',
  'notes.create': 'editor',
  'notes.update': 'editor',
  'notes.remove': 'editor',
  'meetings.list': 'signed-in',
  'meetings.create': 'editor',
  'meetings.update': 'editor',

  'dataset.export': 'viewer',
  'dataset.csv': 'viewer',
  'dataset.import': 'editor',

  // A person's own watches, feed and digest (a token's are its creator's); another person's
  // digest is for admins only, checked in the procedure.
  'watches.list': 'signed-in',
  'watches.add': 'signed-in',
  'watches.remove': 'signed-in',
  'feed.list': 'signed-in',
  'feed.unread': 'signed-in',
  'feed.markRead': 'signed-in',
  'digest.get': 'signed-in',

  'users.list': 'admin',
  'users.add': 'admin',
  'users.setRole': 'admin',
  'users.remove': 'admin',
  'users.link': 'admin',

  'tokens.list': 'admin',
  'tokens.create': 'admin',
  'tokens.revoke': 'admin',

  'live.changes': 'viewer',
  'live.editing': 'editor',
};

/** What the server answers outside the API, for the same audit. */
export const httpAccess: Readonly<Record<string, Needed>> = {
  'GET /healthz': 'anyone',
  'GET /export/<table>.csv': 'viewer',
  // The dashboard's files hold no data: they are the sign-in page too.
  'GET /<dashboard files>': 'anyone',
};
