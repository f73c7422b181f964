import { useId } from 'react';
import { useLabels, useTranslations } from '../../i18n';
import { countryName } from './countries';
import { type facetOptions, isFiltered, type StakeholderFilters } from './filters';
import { stakeholderStrings } from './strings';

export type ChangeFilters = (next: StakeholderFilters, how: { typing: boolean }) => void;

/** Search, country and category filters; every change goes straight into the address. */
export function StakeholderFilterForm({
  filters,
  options,
  onChange,
}: {
  filters: StakeholderFilters;
  options: ReturnType<typeof facetOptions>;
  onChange: ChangeFilters;
}) {
  const t = useLabels();
  const s = useTranslations(stakeholderStrings).list;
  const id = useId();
  const countries = options.countries
    .map((c) => ({ ...c, name: countryName(c.value, t.locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, t.locale));

  const toggleCategory = (category: StakeholderFilters['categories'][number], on: boolean) => {
    const wanted = new Set(filters.categories);
    if (on) wanted.add(category);
    else wanted.delete(category);
    onChange(
      {
        ...filters,
        categories: options.categories.map((c) => c.value).filter((c) => wanted.has(c)),
      },
      { typing: false },
    );
  };

  return (
    <search className="stk-stakeholder-filters" aria-label={s.filters}>
      <div className="stk-filter-row">
        <div className="stk-filter-field stk-filter-search">
          <label htmlFor={`${id}-q`}>{s.search}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={filters.q}
            maxLength={200}
            autoComplete="off"
            aria-describedby={`${id}-q-hint`}
            onChange={(e) => onChange({ ...filters, q: e.target.value }, { typing: true })}
          />
          <p id={`${id}-q-hint`} className="stk-filter-hint">
            {s.searchHint}
          </p>
        </div>
        <div className="stk-filter-field">
          <label htmlFor={`${id}-country`}>{s.country}</label>
          <select
            id={`${id}-country`}
            value={filters.country ?? ''}
            onChange={(e) =>
              onChange({ ...filters, country: e.target.value || null }, { typing: false })
            }
          >
            <option value="">{s.allCountries}</option>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.name} ({c.count})
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="stk-filter-categories">
        <legend>{s.category}</legend>
        <ul>
          {options.categories.map((c) => (
            <li key={c.value}>
              <label className="stk-filter-chip">
                <input
                  type="checkbox"
                  checked={filters.categories.includes(c.value)}
                  onChange={(e) => toggleCategory(c.value, e.target.checked)}
                />
                <span>{t.category[c.value]}</span>
                <span className="stk-filter-chip-count">{c.count}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {isFiltered(filters) ? (
        <button
          type="button"
          className="stk-button-secondary"
          onClick={() => onChange({ categories: [], country: null, q: '' }, { typing: false })}
        >
          {s.clear}
        </button>
      ) : null}
    </search>
  );
}
