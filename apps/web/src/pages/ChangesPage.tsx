// What changed in what the person watches: the feed grouped per record, "mark all as read",
// the Markdown digest to download, and the list of watches with "Stop watching".
import type { RouterOutputs } from '@dossier/client';
import { useState } from 'react';
import { useSession } from '../auth/session';
import { followingStrings } from '../components/following/strings';
import { PageHeader } from '../components/PageHeader';
import { ErrorState, Loading } from '../components/states';
import { stageName, useLabels, useLocale, useTranslations } from '../i18n';
import { localeTags } from '../i18n/numbers';
import { basePath, Link, paths } from '../router';
import { trpc } from '../trpc';
import '../components/following/following.css';

type Entry = RouterOutputs['feed']['list']['items'][number];
type Watch = RouterOutputs['watches']['list'][number];

const pageSize = 50;

/** Entries grouped per record, in the order each record first appears (newest change first). */
function groupBySubject(entries: readonly Entry[]) {
  const groups = new Map<string, { subject: Entry['subject']; entries: Entry[] }>();
  for (const entry of entries) {
    const key = `${entry.subject.kind}:${entry.subject.id}`;
    const group = groups.get(key) ?? { subject: entry.subject, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const linkTo = (kind: 'measure' | 'stakeholder', slug: string) =>
  kind === 'measure' ? paths.measure(slug) : paths.stakeholder(slug);

export default function ChangesPage() {
  const s = useTranslations(followingStrings);
  const { user } = useSession();
  const utils = trpc.useUtils();
  const feed = trpc.feed.list.useInfiniteQuery(
    { limit: pageSize },
    { getNextPageParam: (last) => last.nextCursor, enabled: user !== null },
  );
  const unread = trpc.feed.unread.useQuery(undefined, { enabled: user !== null });
  const markRead = trpc.feed.markRead.useMutation({
    onSuccess: () => void utils.feed.invalidate(),
  });
  const entries = feed.data?.pages.flatMap((p) => p.items) ?? [];
  const count = unread.data?.count ?? 0;
  if (!user)
    return (
      <div className="changes-page">
        <PageHeader title={s.title} intro={s.intro} />
        <p>
          <Link to={paths.signIn(paths.changes())}>{s.signInFirst}</Link>
        </p>
      </div>
    );

  return (
    <div className="changes-page">
      <PageHeader title={s.title} intro={s.intro}>
        <div className="changes-actions">
          <p aria-live="polite">{count > 0 ? s.unreadNote(count) : s.allRead}</p>
          <button
            type="button"
            disabled={markRead.isPending || count === 0}
            onClick={() => markRead.mutate()}
          >
            {s.markRead}
          </button>
        </div>
      </PageHeader>
      {feed.isError ? (
        <ErrorState
          error={feed.error}
          onRetry={() => void feed.refetch()}
          retrying={feed.isFetching}
        />
      ) : !feed.data ? (
        <Loading />
      ) : entries.length === 0 ? (
        <p className="state state-empty">{s.empty}</p>
      ) : (
        <ul className="changes-groups">
          {groupBySubject(entries).map((group) => (
            <li key={`${group.subject.kind}:${group.subject.id}`} className="changes-group">
              <h2>
                <Link to={linkTo(group.subject.kind, group.subject.slug)}>
                  {group.subject.title}
                </Link>
              </h2>
              <ul className="changes-entries">
                {group.entries.map((entry) => (
                  <EntryLine key={entry.key} entry={entry} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {feed.hasNextPage ? (
        <button
          type="button"
          disabled={feed.isFetchingNextPage}
          onClick={() => void feed.fetchNextPage()}
        >
          {s.more}
        </button>
      ) : null}
      <DigestDownload />
      <Watches />
    </div>
  );
}

function EntryLine({ entry }: { entry: Entry }) {
  const s = useTranslations(followingStrings);
  const t = useLabels();
  const { locale } = useLocale();
  const when = new Intl.DateTimeFormat(localeTags[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(entry.at));
  const stage = (value: string | null) =>
    value && value in t.stage ? stageName(t, value as keyof typeof t.stage) : stageName(t, null);
  const what = [
    `${s.action[entry.action]} ${(s.entity as Record<string, string | undefined>)[entry.entity] ?? entry.entity}`,
    entry.stage ? s.stage(stage(entry.stage.from), stage(entry.stage.to)) : null,
    entry.label,
    entry.fields.length && !entry.stage ? entry.fields.join(', ') : null,
  ]
    .filter(Boolean)
    .join(': ');
  return (
    <li>
      {entry.unread ? <span className="badge changed-badge">{s.newBadge}</span> : null}{' '}
      <time dateTime={entry.at}>{when}</time>, {s.by(entry.mine ? s.you : entry.actor)}: {what}
    </li>
  );
}

function DigestDownload() {
  const s = useTranslations(followingStrings);
  const utils = trpc.useUtils();
  const [days, setDays] = useState(7);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const base = `${window.location.origin}${basePath(import.meta.env.BASE_URL)}`;
      const digest = await utils.digest.get.fetch({ since: `${days}d`, baseUrl: base });
      // A file the browser saves: a Blob behind a link that is clicked once, then let go.
      const url = URL.createObjectURL(new Blob([digest.markdown], { type: 'text/markdown' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = digest.filename;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="changes-digest" aria-labelledby="digest-title">
      <h2 id="digest-title">{s.digestTitle}</h2>
      <p>{s.digestIntro}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void download();
        }}
      >
        <label>
          {s.period}{' '}
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            <option value={7}>{s.days(7)}</option>
            <option value={30}>{s.days(30)}</option>
          </select>
        </label>
        <button type="submit" disabled={busy}>
          {s.download}
        </button>
      </form>
      {problem ? (
        <p role="alert" className="state-error">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

function Watches() {
  const s = useTranslations(followingStrings);
  const { user } = useSession();
  const utils = trpc.useUtils();
  const list = trpc.watches.list.useQuery(undefined, { enabled: user !== null });
  const remove = trpc.watches.remove.useMutation({
    onSuccess: () => {
      void utils.watches.list.invalidate();
      void utils.feed.invalidate();
    },
  });
  const name = (w: Watch) => `${s.kind[w.kind]}: ${w.label}`;
  return (
    <section className="changes-watches" aria-labelledby="watches-title">
      <h2 id="watches-title">{s.watchesTitle}</h2>
      {!list.data ? (
        list.isError ? (
          <ErrorState
            error={list.error}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : (
          <Loading />
        )
      ) : list.data.length === 0 ? (
        <p>{s.noWatches}</p>
      ) : (
        <ul>
          {list.data.map((w) => (
            <li key={`${w.kind}:${w.target}`}>
              <span>
                {s.kind[w.kind]}:{' '}
                {w.slug && (w.kind === 'measure' || w.kind === 'stakeholder') ? (
                  <Link to={linkTo(w.kind, w.slug)}>{w.label}</Link>
                ) : (
                  w.label
                )}
              </span>
              <button
                type="button"
                aria-label={s.stopWatchingLabel(name(w))}
                disabled={remove.isPending}
                onClick={() => remove.mutate({ kind: w.kind, target: w.target })}
              >
                {s.stopWatching}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
