// A record's slug, suggested from its title or name while the person has not typed one.
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';

/** A slug suggested from a title: "Règlement général" → reglement-general. */
export const slugFrom = (title: string) =>
  title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');

/** While the slug was not typed, it follows the field `from` (a title, a name). */
export function SlugFollows({ from }: { from: string }) {
  const { setValue, getFieldState, watch } = useFormContext();
  const source = watch(from) as string | undefined;
  useEffect(() => {
    if (!getFieldState('slug').isDirty)
      setValue('slug', slugFrom(source ?? ''), { shouldValidate: false });
  }, [source, getFieldState, setValue]);
  return null;
}
