import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { type Locale, LocaleProvider } from '../i18n';
import { TrpcProvider } from '../trpc';
import type { RealApi } from './realApi';

/**
 * Renders as the app does: in a language and, when the UI fetches, with the app's tRPC client
 * talking to `api` (see realApi).
 */
export function renderInApp(
  ui: ReactNode,
  { locale = 'en', api }: { locale?: Locale; api?: RealApi } = {},
) {
  return render(
    <LocaleProvider initial={locale}>
      {api ? <TrpcProvider fetch={api.fetch}>{ui}</TrpcProvider> : ui}
    </LocaleProvider>,
  );
}
