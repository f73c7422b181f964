import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { type Locale, LocaleProvider } from '../i18n';
import { TrpcProvider } from '../trpc';

/** Renders as the app does: in a language, and with the tRPC client when the UI fetches. */
export function renderInApp(
  ui: ReactNode,
  { locale = 'en', api = false }: { locale?: Locale; api?: boolean } = {},
) {
  return render(
    <LocaleProvider initial={locale}>
      {api ? <TrpcProvider>{ui}</TrpcProvider> : ui}
    </LocaleProvider>,
  );
}
