// "See the brief as of…": a date that becomes the address `?asOf=YYYY-MM-DD`, and the banner
// of a brief shown as it stood then, with the way back to today. Under it nothing is editable.
import { type ReactNode, useId, useState } from 'react';
import { useLocation } from 'wouter';
import { ViewingPastContext } from '../../auth/session';
import { useLocale, useTranslations } from '../../i18n';
import { localeTags } from '../../i18n/numbers';
import { Link } from '../../router';
import { historyStrings } from './strings';
import { asOfAddress } from './view';

/** The moment as a reader says it: a day, or a day and time (both in UTC, as the server reads them). */
export function useAsOfText(asOf: string): string {
  const { locale } = useLocale();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const moment = day ? new Date(`${asOf}T12:00:00Z`) : new Date(asOf);
  return new Intl.DateTimeFormat(localeTags[locale], {
    dateStyle: 'long',
    ...(day ? {} : { timeStyle: 'short' }),
    timeZone: 'UTC',
  }).format(moment);
}

export function AsOfForm({ path }: { path: string }) {
  const s = useTranslations(historyStrings).asOf;
  const [, navigate] = useLocation();
  const [day, setDay] = useState('');
  const id = useId();
  return (
    <form
      className="hist-asof-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (day) navigate(asOfAddress(path, day));
      }}
    >
      <label htmlFor={id}>{s.legend}</label>
      <input
        id={id}
        type="date"
        value={day}
        max={new Date().toISOString().slice(0, 10)}
        onChange={(e) => setDay(e.target.value)}
        required
      />
      <button type="submit">{s.go}</button>
    </form>
  );
}

/** The banner over a past brief, and its content with every edit control hidden. */
export function ViewingPast({
  asOf,
  path,
  children,
}: {
  asOf: string;
  path: string;
  children: ReactNode;
}) {
  const s = useTranslations(historyStrings).asOf;
  const when = useAsOfText(asOf);
  return (
    <ViewingPastContext.Provider value={true}>
      <section className="hist-asof-banner" aria-labelledby="asof-banner">
        <p id="asof-banner" className="hist-asof-title">
          {s.banner(when)}
        </p>
        <p>{s.explain}</p>
        <Link to={path}>{s.backToToday}</Link>
      </section>
      {children}
    </ViewingPastContext.Provider>
  );
}

/** A measure recorded after the date asked for: the server's words, and the way back. */
export function NotYetRecorded({ message, path }: { message: string; path: string }) {
  const s = useTranslations(historyStrings).asOf;
  return (
    <section className="hist-asof-banner" role="status">
      <p className="hist-asof-title">{s.notYet}</p>
      <p>{message}</p>
      <Link to={path}>{s.backToToday}</Link>
    </section>
  );
}
