import { type ReactNode, useMemo, useState } from 'react';
import { AddSystemLink } from '../components/forms/system';
import { PageHeader } from '../components/PageHeader';
import { ShowMore } from '../components/ShowMore';
import { ErrorState, Loading } from '../components/states';
import { ActionLegend, SystemGraph } from '../components/systems/SystemGraph';
import { SystemList } from '../components/systems/SystemList';
import { systemStrings } from '../components/systems/strings';
import type { SystemEntry, SystemLink } from '../components/systems/types';
import { withMore } from '../components/useMorePages';
import { useTranslations } from '../i18n';
import { trpc } from '../trpc';
import '../components/systems/systems.css';

/** Systems per page of the map: the EU runs a few dozen, so one page usually holds them all. */
export const systemPageSize = 50;

const byLink = (link: SystemLink) => link.linkId;

export default function SystemsPage() {
  const s = useTranslations(systemStrings);
  const list = trpc.systems.list.useInfiniteQuery(
    { limit: systemPageSize },
    { getNextPageParam: (last) => last.nextCursor },
  );
  // The measures a reader loaded past a system's first page, by system.
  const [extra, setExtra] = useState<ReadonlyMap<string, readonly SystemLink[]>>(new Map());
  const addLinks = (systemId: string, links: readonly SystemLink[]) =>
    setExtra((before) =>
      new Map(before).set(systemId, withMore(before.get(systemId) ?? [], links, byLink)),
    );
  const systems = useMemo<SystemEntry[]>(
    () =>
      (list.data?.pages ?? []).flatMap((page) =>
        page.items.map(({ measures, ...system }) => ({
          ...system,
          measures: withMore(measures.items, extra.get(system.id) ?? [], byLink),
          measureTotal: measures.total,
          measuresCursor: measures.nextCursor,
        })),
      ),
    [list.data, extra],
  );
  const first = list.data?.pages[0];

  let body: ReactNode;
  if (first) {
    body =
      first.total === 0 ? (
        <p className="state state-empty">{s.empty}</p>
      ) : (
        <>
          <p className="count">{s.summary(first.total, first.measureCount, first.linkCount)}</p>
          <section className="dbm-systems-section" aria-labelledby="map-title">
            <h2 id="map-title">{s.map}</h2>
            <p className="dbm-systems-hint">{s.mapHint}</p>
            <ActionLegend />
            <SystemGraph systems={systems} />
          </section>
          <section className="dbm-systems-section" aria-labelledby="dbm-system-list-title">
            <h2 id="dbm-system-list-title">{s.list}</h2>
            <SystemList systems={systems} onMoreLinks={addLinks} />
            <ShowMore
              shown={systems.length}
              total={first.total}
              step={systemPageSize}
              more={{
                hasNext: list.hasNextPage,
                loading: list.isFetchingNextPage,
                failed: list.isFetchNextPageError,
                showMore: () => void list.fetchNextPage(),
              }}
            />
          </section>
        </>
      );
  } else if (list.isError) {
    body = (
      <ErrorState
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  } else {
    body = <Loading />;
  }

  return (
    <>
      <PageHeader title={s.title} intro={s.intro} />
      <AddSystemLink />
      {body}
    </>
  );
}
