// On the schedule: watch the chosen policy area, or the search typed in the filter.
import { useTranslations } from '../../i18n';
import { followingStrings } from './strings';
import { WatchButton } from './WatchButton';

export function ScheduleWatches({ area, q }: { area: string | null; q: string }) {
  const s = useTranslations(followingStrings);
  const text = q.trim();
  if (!area && !text) return null;
  return (
    <div className="schedule-watches">
      {area ? (
        <WatchButton
          kind="policy_area"
          target={area}
          label={{ off: s.watchArea(area), on: s.watchingArea(area) }}
        />
      ) : null}
      {text ? (
        <WatchButton
          kind="search"
          target={text}
          label={{ off: s.watchSearch, on: s.watchingSearch }}
        />
      ) : null}
    </div>
  );
}
