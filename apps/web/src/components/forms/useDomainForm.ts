// A form whose rules are the API's: the domain's zod schema validates it in the browser (the
// same schema the procedure parses its input with), so no rule has a second copy here.
import { textMessages } from '@dossier/domain';
import { toNestErrors } from '@hookform/resolvers';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import {
  type DefaultValues,
  type FieldError,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';

/**
 * What a field's value lacks, in the reader's language: worded from the schema's issue, so a
 * limit's number comes from the schema's rule.
 */
export interface IssueWords {
  required: string;
  tooShort: (min: number) => string;
  tooLong: (max: number) => string;
}

/** What to say of one issue: a missing value or a length limit in `words`, else its message. */
export function issueText(issue: z.core.$ZodIssue, words: IssueWords): string {
  if (issue.message === textMessages.empty) return words.required;
  if (issue.code === 'too_small' && issue.origin === 'string')
    return Number(issue.minimum) <= 1 ? words.required : words.tooShort(Number(issue.minimum));
  if (issue.code === 'too_big' && issue.origin === 'string')
    return words.tooLong(Number(issue.maximum));
  return issue.message;
}

/** The schema's check, with each field's first issue worded by `issueText`. */
function wordedResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  words: IssueWords,
): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of parsed.error.issues)
      errors[issue.path.join('.')] ??= { type: issue.code, message: issueText(issue, words) };
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

export function useDomainForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  {
    words,
    checkOnSubmit = false,
  }: {
    /** Words a missing value or a length limit in the reader's language (else the schema's). */
    words?: IssueWords;
    /**
     * Checks when the form is sent, and only then: a field's message goes when it is changed.
     * Else a message is said when a field is left, then kept current while it is corrected.
     */
    checkOnSubmit?: boolean;
  } = {},
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: words ? wordedResolver(schema, words) : zodResolver(schema),
    defaultValues,
    mode: checkOnSubmit ? 'onSubmit' : 'onTouched',
    reValidateMode: checkOnSubmit ? 'onSubmit' : 'onChange',
    // Focus goes to the first field in error, so a keyboard user lands where to fix it.
    shouldFocusError: true,
  });
  useEffect(() => {
    if (!checkOnSubmit) return;
    const { unsubscribe } = form.watch((_values, { name, type }) => {
      if (type === 'change' && name) form.clearErrors(name);
    });
    return unsubscribe;
  }, [form, checkOnSubmit]);
  return form;
}

/** What an optional text field sends when left empty: nothing, as if the field were absent. */
export const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
/** What a clearable field sends when emptied: null, which clears the stored value. */
export const emptyAsNull = (value: unknown) => (value === '' ? null : value);
