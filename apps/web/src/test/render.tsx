import { FetchEventSource } from '@dossier/client';
import type { SessionUser } from '@dossier/domain';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { type Session, SessionContext } from '../auth/session';
import { type Locale, LocaleProvider } from '../i18n';
import { TrpcProvider } from '../trpc';
import type { RealApi } from './realApi';

/** The person realApi signs the page in as by default (role editor). */
export const pageEditor: SessionUser = { name: 'page-editor', role: 'editor', via: 'session' };

/**
 * Renders as the app does: in a language, as a signed-in person (`session`; by default the
 * editor realApi signs in) and, when the UI fetches, with the app's tRPC client talking to
 * `api` (see realApi). The session only decides which controls show: the API decides what may
 * be done, from the page's cookie.
 */
export function renderInApp(
  ui: ReactNode,
  {
    locale = 'en',
    api,
    session = { user: pageEditor, publicReads: false },
    live = false,
  }: {
    locale?: Locale;
    api?: RealApi;
    session?: Session;
    /** Subscriptions too (live.changes), streamed from `api` as server-sent events. */
    live?: boolean;
  } = {},
) {
  return render(
    <LocaleProvider initial={locale}>
      <SessionContext.Provider value={session}>
        {api ? (
          <TrpcProvider fetch={api.fetch} EventSource={live ? FetchEventSource : undefined}>
            {ui}
          </TrpcProvider>
        ) : (
          ui
        )}
      </SessionContext.Provider>
    </LocaleProvider>,
  );
}
