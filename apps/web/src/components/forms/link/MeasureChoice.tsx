// Choosing a measure by searching its title: the matches of measures.list, as `name` (a
// measure id) of the surrounding form.
import { keepPreviousData } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslations } from '../../../i18n';
import { trpc } from '../../../trpc';
import { useDebounced } from '../../useDebounced';
import { SelectField } from '../fields';
import { linkFormStrings } from './strings';

export function MeasureChoice({ name, except }: { name: string; except?: string }) {
  const l = useTranslations(linkFormStrings);
  const id = useId();
  const [q, setQ] = useState('');
  const search = useDebounced(q.trim(), 250);
  const found = trpc.measures.list.useQuery(
    { q: search || undefined, limit: 20 },
    { placeholderData: keepPreviousData },
  );
  const measures = (found.data?.items ?? []).filter((m) => m.id !== except);
  return (
    <div className="fm-subform">
      <div className="fm-field">
        <label htmlFor={id}>{l.search}</label>
        <input
          id={id}
          type="search"
          autoComplete="off"
          value={q}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setQ(e.target.value)}
          // Enter searches; it does not save the form.
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
        <p className="fm-hint" id={`${id}-hint`}>
          {l.searchHint}
        </p>
      </div>
      {found.data && measures.length === 0 ? <p className="fm-hint">{l.noMatch}</p> : null}
      <SelectField
        name={name}
        label={l.measure}
        values={measures.map((m) => m.id)}
        labelOf={(mid) => measures.find((m) => m.id === mid)?.title ?? mid}
        placeholder={l.chooseMeasure}
        required
      />
    </div>
  );
}
