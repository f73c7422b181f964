import type { RouterOutputs } from '@dossier/client';
import { type MeasureKind, measureKinds } from '@dossier/domain';
import { useLabels, useTranslations } from '../../i18n';
import { CheckboxMenu, type MenuOption } from './CheckboxMenu';
import { hasFilters, noFilters, type ScheduleFilters, toggleValue } from './filters';
import { scheduleStrings } from './strings';
import { useDebouncedText } from './useDebouncedText';

type Facets = RouterOutputs['measures']['facets'];
type Facet = Facets['kinds'][number];

/** The facet values in use, plus any chosen in the address that no measure carries any more. */
function withChosen(facet: readonly Facet[] | undefined, chosen: readonly string[]): Facet[] {
  const list = [...(facet ?? [])];
  for (const value of chosen)
    if (!list.some((f) => f.value === value)) list.push({ value, count: 0 });
  return list;
}

const isKind = (value: string): value is MeasureKind => measureKinds.includes(value as MeasureKind);

/**
 * Jurisdiction, kind, policy area and search. Every change goes to the address (see
 * useScheduleFilters); the search box waits for a pause in typing before it does.
 */
export function ScheduleFilterBar({
  filters,
  facets,
  onChange,
}: {
  filters: ScheduleFilters;
  facets: Facets | undefined;
  onChange: (next: ScheduleFilters, options?: { replace?: boolean }) => void;
}) {
  const t = useLabels();
  const s = useTranslations(scheduleStrings);
  const search = useDebouncedText(filters.q, (q) => onChange({ ...filters, q }, { replace: true }));

  const jurisdictions: MenuOption[] = withChosen(facets?.jurisdictions, filters.jurisdictions).map(
    (f) => ({ value: f.value, label: f.value, count: f.count }),
  );
  const kinds: MenuOption[] = withChosen(facets?.kinds, filters.kinds)
    .filter((f) => isKind(f.value))
    .map((f) => ({ value: f.value, label: t.kind[f.value as MeasureKind], count: f.count }));
  const areas = withChosen(facets?.policyAreas, filters.area ? [filters.area] : []);

  return (
    <search aria-label={s.filters.label}>
      <form
        className="schedule-filters"
        onSubmit={(e) => {
          e.preventDefault();
          search.flush();
        }}
      >
        <label className="schedule-field schedule-search">
          <span className="schedule-field-label">{s.filters.search}</span>
          <input
            type="search"
            value={search.text}
            onChange={(e) => search.change(e.target.value)}
            placeholder={s.filters.searchPlaceholder}
            maxLength={200}
            autoComplete="off"
          />
        </label>
        <CheckboxMenu
          label={t.ui.jurisdiction}
          allLabel={s.filters.allJurisdictions}
          options={jurisdictions}
          selected={filters.jurisdictions}
          onToggle={(value, on) =>
            onChange({ ...filters, jurisdictions: toggleValue(filters.jurisdictions, value, on) })
          }
        />
        <CheckboxMenu
          label={t.ui.kind}
          allLabel={s.filters.allKinds}
          options={kinds}
          selected={filters.kinds}
          onToggle={(value, on) =>
            isKind(value) && onChange({ ...filters, kinds: toggleValue(filters.kinds, value, on) })
          }
        />
        <label className="schedule-field">
          <span className="schedule-field-label">{s.filters.area}</span>
          <select
            value={filters.area}
            onChange={(e) => onChange({ ...filters, area: e.target.value })}
          >
            <option value="">{s.filters.allAreas}</option>
            {areas.map((a) => (
              <option key={a.value} value={a.value}>
                {a.value} ({a.count})
              </option>
            ))}
          </select>
        </label>
        {hasFilters(filters) ? (
          <button
            type="button"
            className="schedule-clear"
            onClick={() => {
              search.reset('');
              onChange(noFilters);
            }}
          >
            {s.filters.clear}
          </button>
        ) : null}
      </form>
    </search>
  );
}
