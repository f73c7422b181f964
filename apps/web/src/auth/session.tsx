// Who is signed in, for the pages to decide what to show. The server decides what may be done;
// this only keeps a viewer from seeing controls that would be refused.
import { roleAllows, type SessionUser } from '@dossier/domain';
import { createContext, useContext } from 'react';

export interface Session {
  user: SessionUser | null;
  /** The server lets anyone read (a published tracker). */
  publicReads: boolean;
}

export const SessionContext = createContext<Session>({ user: null, publicReads: false });

export const useSession = (): Session => useContext(SessionContext);

/** True under a record shown as it stood in the past (`?asOf=`): nothing there can be edited. */
export const ViewingPastContext = createContext(false);

/** True when the signed-in person may change the record (editor or admin), and it is today's. */
export const useCanEdit = (): boolean => {
  const { user } = useSession();
  const past = useContext(ViewingPastContext);
  return !past && user !== null && roleAllows(user.role, 'editor');
};

/** True when the signed-in person manages people and tokens. */
export const useIsAdmin = (): boolean => {
  const { user } = useSession();
  return user !== null && user.role === 'admin';
};

/** Whether the server has said who is signed in yet (`auth.me`), for the app to wait on it. */
export interface SessionLoad {
  status: 'pending' | 'error' | 'success';
  error: { message: string } | null;
  retrying: boolean;
  retry: () => void;
}

/** Known by default: a page rendered without the provider (a test) is told its session. */
export const SessionLoadContext = createContext<SessionLoad>({
  status: 'success',
  error: null,
  retrying: false,
  retry: () => {},
});

export const useSessionLoad = (): SessionLoad => useContext(SessionLoadContext);
