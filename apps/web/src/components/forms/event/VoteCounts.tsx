// A vote's counts as one source gives them, under `name` of the surrounding form
// ({ for, against, abstentions }); a count left empty is one the source does not give.
import { get, useFormState } from 'react-hook-form';
import { useTranslations } from '../../../i18n';
import { TextField } from '../fields';
import { eventFormStrings } from './strings';

const countAs = (value: unknown) =>
  value === '' || value == null ? null : typeof value === 'string' ? Number(value.trim()) : value;

export function VoteCounts({ name = 'result' }: { name?: string }) {
  const e = useTranslations(eventFormStrings);
  const { errors } = useFormState({ name });
  // The rule on the counts together ("give at least one"), said under the group.
  const whole = get(errors, name) as { message?: unknown } | undefined;
  return (
    <fieldset className="fm-subform fm-counts">
      <legend>{e.result}</legend>
      <p className="fm-hint">{e.resultHint}</p>
      <TextField name={`${name}.for`} label={e.votesFor} options={{ setValueAs: countAs }} />
      <TextField
        name={`${name}.against`}
        label={e.votesAgainst}
        options={{ setValueAs: countAs }}
      />
      <TextField
        name={`${name}.abstentions`}
        label={e.abstentions}
        options={{ setValueAs: countAs }}
      />
      {typeof whole?.message === 'string' ? (
        <p className="fm-error" role="alert">
          {whole.message}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Counts all left empty: no result given (a vote still to come), so none is sent. */
export function withoutEmptyResult<T>(values: T): T {
  if (!values || typeof values !== 'object' || !('result' in values)) return values;
  const result = (values as { result?: Record<string, unknown> | null }).result;
  const empty = !result || Object.values(result).every((v) => v == null || v === '');
  return empty ? { ...values, result: null } : values;
}
