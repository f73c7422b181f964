import type { ReactNode } from 'react';
import { useLabels, useTranslations } from '../../i18n';
import { Link, paths } from '../../router';
import { countryName } from './countries';
import { stakeholderStrings } from './strings';
import type { StakeholderRow } from './types';

/** Screen readers hear "none"; sighted readers see a dash that keeps the column quiet. */
function Blank() {
  const t = useLabels();
  return (
    <>
      <span aria-hidden="true" className="stk-blank">
        —
      </span>
      <span className="visually-hidden">{t.ui.none}</span>
    </>
  );
}

const orBlank = (value: ReactNode | null | undefined) => value ?? <Blank />;

/**
 * One row per stakeholder. On a phone each row becomes a small card whose cells carry their
 * column name (data-label), since a seven-column table cannot fit 375 px.
 */
export function StakeholderTable({ rows }: { rows: readonly StakeholderRow[] }) {
  const t = useLabels();
  const s = useTranslations(stakeholderStrings);
  const c = s.list.columns;
  return (
    <table className="data-table stk-stakeholder-table">
      <caption className="visually-hidden">{s.list.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.name}</th>
          <th scope="col">{c.kind}</th>
          <th scope="col">{c.category}</th>
          <th scope="col">{c.role}</th>
          <th scope="col">{c.affiliation}</th>
          <th scope="col">{c.country}</th>
          <th scope="col" className="stk-numeric">
            {c.positions}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" className="stk-stakeholder-table-name">
              <Link to={paths.stakeholder(row.slug)}>{row.name}</Link>
            </th>
            <td data-label={`${c.kind}${s.colon}`}>{s.kind[row.kind]}</td>
            <td data-label={`${c.category}${s.colon}`}>{t.category[row.category]}</td>
            <td data-label={`${c.role}${s.colon}`}>{orBlank(row.role)}</td>
            <td data-label={`${c.affiliation}${s.colon}`}>
              {orBlank(
                row.affiliation ? (
                  <Link to={paths.stakeholder(row.affiliation.slug)}>{row.affiliation.name}</Link>
                ) : null,
              )}
            </td>
            <td data-label={`${c.country}${s.colon}`}>
              {orBlank(row.country ? countryName(row.country, t.locale) : null)}
            </td>
            <td data-label={`${c.positions}${s.colon}`} className="stk-numeric">
              <span className={row.positionCount === 0 ? 'muted' : undefined}>
                {row.positionCount}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
