// A form whose rules are the API's: the domain's zod schema validates it in the browser (the
// same schema the procedure parses its input with), so no rule has a second copy here.
import { zodResolver } from '@hookform/resolvers/zod';
import { type DefaultValues, type FieldValues, type UseFormReturn, useForm } from 'react-hook-form';
import type { z } from 'zod';

export function useDomainForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  return useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
    // Said when a field is left, then kept current while it is corrected.
    mode: 'onTouched',
    // Focus goes to the first field in error, so a keyboard user lands where to fix it.
    shouldFocusError: true,
  });
}

/** What an optional text field sends when left empty: nothing, as if the field were absent. */
export const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
/** What a clearable field sends when emptied: null, which clears the stored value. */
export const emptyAsNull = (value: unknown) => (value === '' ? null : value);
