import { useMemo } from 'react';
import { PageHeader } from '../components/PageHeader';
import {
  applyFilters,
  facetOptions,
  filtersToParams,
  parseFilters,
} from '../components/stakeholders/filters';
import {
  type ChangeFilters,
  StakeholderFilterForm,
} from '../components/stakeholders/StakeholderFilters';
import { StakeholderTable } from '../components/stakeholders/StakeholderTable';
import { stakeholderStrings } from '../components/stakeholders/strings';
import type { StakeholderRow } from '../components/stakeholders/types';
import { ListQueryState } from '../components/states';
import { useTranslations } from '../i18n';
import { navigate, useSearchParams } from '../router';
import { trpc } from '../trpc';
import '../components/stakeholders/stakeholders.css';

export default function StakeholdersPage() {
  const s = useTranslations(stakeholderStrings).list;
  // The whole register in one request (the API returns up to 2,000): filtering it here answers
  // every keystroke at once and lets each filter option say how many it would show.
  const list = trpc.stakeholders.list.useQuery({});

  return (
    <>
      <PageHeader title={s.title} intro={s.intro} />
      <ListQueryState query={list} empty={s.empty}>
        {(rows) => <FilteredStakeholders rows={rows} />}
      </ListQueryState>
    </>
  );
}

function FilteredStakeholders({ rows }: { rows: readonly StakeholderRow[] }) {
  const s = useTranslations(stakeholderStrings).list;
  const [params, replaceParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const shown = useMemo(() => applyFilters(rows, filters), [rows, filters]);
  const options = useMemo(() => facetOptions(rows, filters), [rows, filters]);

  // Ticking a box, picking a country or starting a search is a step the back button should
  // undo; the further keystrokes of that search only replace the current entry.
  const change: ChangeFilters = (next, { typing }) => {
    const nextParams = filtersToParams(next, params);
    if (typing && filters.q.trim() !== '') return replaceParams(nextParams);
    const query = nextParams.toString();
    navigate(`${window.location.pathname}${query ? `?${query}` : ''}`);
  };

  return (
    <>
      <StakeholderFilterForm filters={filters} options={options} onChange={change} />
      <p className="count stk-stakeholder-count" role="status">
        {s.count(shown.length, rows.length)}
      </p>
      {shown.length > 0 ? (
        <StakeholderTable rows={shown} />
      ) : (
        <p className="state state-empty">{s.noMatch}</p>
      )}
    </>
  );
}
