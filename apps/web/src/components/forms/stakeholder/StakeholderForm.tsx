// Recording a stakeholder, and editing one: the fields of the API's own stakeholder schemas.
import {
  stakeholderCategories,
  stakeholderCreateInput,
  stakeholderKinds,
  stakeholderUpdateInput,
} from '@dossier/domain';
import { useEffect, useRef } from 'react';
import { FormProvider, useFormContext } from 'react-hook-form';
import { useLabels, useTranslations } from '../../../i18n';
import { trpc } from '../../../trpc';
import { stakeholderStrings } from '../../stakeholders/strings';
import type { StakeholderDetail } from '../../stakeholders/types';
import { ConflictNotice } from '../ConflictNotice';
import { FormActions, SaveError } from '../FormParts';
import { SelectField, TextAreaField, TextField } from '../fields';
import { SourcePicker } from '../SourcePicker';
import { isConflict } from '../serverError';
import { emptyAsNull, emptyAsUndefined, useDomainForm } from '../useDomainForm';
import { changedOnly, conflictTable, useConflictSave, useFormReady } from './conflict';
import { stakeholderFormStrings } from './strings';
import '../forms.css';

/** A slug suggested from a name: "Thomas de Maizière" → thomas-de-maiziere. */
export const slugFrom = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');

/** Country codes are upper case; "fr" is taken as FR. */
const countryAs = (empty: (v: unknown) => unknown) => (value: unknown) =>
  typeof value === 'string' && value !== '' ? value.toUpperCase() : empty(value);

function StakeholderFields({ create }: { create: boolean }) {
  const t = useLabels();
  const s = useTranslations(stakeholderFormStrings);
  const k = useTranslations(stakeholderStrings).kind;
  const { setValue, getFieldState, watch } = useFormContext();
  const name = watch('name') as string | undefined;
  // While the slug was not typed, it follows the name.
  useEffect(() => {
    if (create && !getFieldState('slug').isDirty)
      setValue('slug', slugFrom(name ?? ''), { shouldValidate: false });
  }, [create, name, getFieldState, setValue]);
  return (
    <>
      <TextField name="name" label={s.name} required />
      {create ? <TextField name="slug" label={s.slug} hint={s.slugHint} required /> : null}
      <SelectField
        name="kind"
        label={s.kind}
        values={stakeholderKinds}
        labelOf={(v) => k[v]}
        required
      />
      <SelectField
        name="category"
        label={s.category}
        values={stakeholderCategories}
        labelOf={(v) => t.category[v]}
        placeholder={create ? '' : undefined}
        required
      />
      <TextField name="role" label={s.role} hint={s.roleHint} />
      <TextField
        name="country"
        label={s.country}
        hint={s.countryHint}
        options={{ setValueAs: countryAs(create ? emptyAsUndefined : emptyAsNull) }}
      />
      <TextAreaField name="description" label={s.description} rows={3} />
      <SourcePicker label={s.source} required={false} />
    </>
  );
}

export function StakeholderCreateForm({
  onDone,
  onCreated,
}: {
  onDone: () => void;
  onCreated: (created: { name: string; slug: string }) => void;
}) {
  const utils = trpc.useUtils();
  const form = useDomainForm(stakeholderCreateInput, {
    name: '',
    slug: '',
    kind: 'organisation',
    role: '',
    description: '',
    sourceId: null,
  });
  const create = trpc.stakeholders.create.useMutation({
    onSuccess: async (stakeholder) => {
      await utils.stakeholders.invalidate();
      onCreated({ name: stakeholder.name, slug: stakeholder.slug });
      onDone();
    },
  });
  useFormReady(form, 'name');
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
        <StakeholderFields create />
        <SaveError error={create.error} />
        <FormActions pending={create.isPending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}

type Stakeholder = StakeholderDetail['stakeholder'];

const valuesOf = (s: Stakeholder) => ({
  name: s.name,
  kind: s.kind,
  category: s.category,
  role: s.role ?? '',
  country: s.country,
  description: s.description ?? '',
  sourceId: s.sourceId,
});
type Values = ReturnType<typeof valuesOf>;

export function StakeholderEditForm({
  stakeholder,
  onDone,
}: {
  stakeholder: Stakeholder;
  onDone: () => void;
}) {
  const t = useLabels();
  const s = useTranslations(stakeholderFormStrings);
  const k = useTranslations(stakeholderStrings).kind;
  const utils = trpc.useUtils();
  const sources = trpc.sources.list.useQuery(undefined, { staleTime: 60_000 });
  const base = useRef(valuesOf(stakeholder)).current;
  const form = useDomainForm(stakeholderUpdateInput, {
    ...base,
    id: stakeholder.id,
    version: stakeholder.version,
  });
  const update = trpc.stakeholders.update.useMutation();
  const save = useConflictSave<Values, Record<string, unknown>>({
    version: stakeholder.version,
    send: (changes, version) => update.mutateAsync({ id: stakeholder.id, version, ...changes }),
    reload: async () => {
      await utils.stakeholders.invalidate();
      const now = await utils.stakeholders.get.fetch({ ref: stakeholder.id });
      return { values: valuesOf(now.stakeholder), version: now.stakeholder.version };
    },
    onSaved: () => {
      void utils.stakeholders.invalidate();
      onDone();
    },
  });
  useFormReady(form, 'name');

  const sourceTitle = (id: string | null) =>
    id ? (sources.data?.find((x) => x.id === id)?.title ?? id) : '';
  const show = (key: keyof Values, v: Values): string => {
    switch (key) {
      case 'kind':
        return k[v.kind];
      case 'category':
        return t.category[v.category];
      case 'sourceId':
        return sourceTitle(v.sourceId);
      default:
        return v[key] ?? '';
    }
  };
  const fields = [
    { key: 'name', label: s.name },
    { key: 'kind', label: s.kind },
    { key: 'category', label: s.category },
    { key: 'role', label: s.role },
    { key: 'country', label: s.country },
    { key: 'description', label: s.description },
    { key: 'sourceId', label: s.source },
  ] as const;

  // Read while rendering, so that the form keeps track of which fields changed.
  const { dirtyFields } = form.formState;
  const submit = form.handleSubmit((values) => {
    const { id: _id, version: _version, ...rest } = values;
    const changes = changedOnly(rest, dirtyFields);
    if (Object.keys(changes).length === 0) return onDone();
    return save.submit(changes, form.getValues() as Values);
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit}>
        <StakeholderFields create={false} />
        {save.conflict ? (
          <ConflictNotice
            fields={conflictTable(fields, show, base, save.conflict.now.values, save.conflict.mine)}
            onReapply={() => void save.reapply()}
            onDiscard={() =>
              save.discard((now) =>
                form.reset({ ...now.values, id: stakeholder.id, version: now.version }),
              )
            }
          />
        ) : (
          <SaveError error={isConflict(update.error) ? null : update.error} />
        )}
        <FormActions pending={save.pending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}
