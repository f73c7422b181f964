// Recording a stakeholder, and editing one: the fields of the API's own stakeholder schemas.
import {
  stakeholderCategories,
  stakeholderCreateInput,
  stakeholderKinds,
  stakeholderUpdateInput,
} from '@dossier/domain';
import { useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useLabels, useTranslations } from '../../../i18n';
import { trpc } from '../../../trpc';
import { stakeholderStrings } from '../../stakeholders/strings';
import type { StakeholderDetail } from '../../stakeholders/types';
import { type ConflictColumn, conflictTable, useConflictSave } from '../conflict';
import { EditOutcome, useChangedSubmit, useFormReady, useSourceTitle } from '../edit';
import { FormActions, SaveError } from '../FormParts';
import { SelectField, TextAreaField, TextField } from '../fields';
import { SourcePicker } from '../SourcePicker';
import { SlugFollows } from '../slug';
import { emptyAsNull, emptyAsUndefined, useDomainForm } from '../useDomainForm';
import { stakeholderFormStrings } from './strings';
import '../forms.css';

/** Country codes are upper case; "fr" is taken as FR. */
const countryAs = (empty: (v: unknown) => unknown) => (value: unknown) =>
  typeof value === 'string' && value !== '' ? value.toUpperCase() : empty(value);

function StakeholderFields({ create }: { create: boolean }) {
  const t = useLabels();
  const s = useTranslations(stakeholderFormStrings);
  const k = useTranslations(stakeholderStrings).kind;
  return (
    <>
      <TextField name="name" label={s.name} required />
      {create ? <TextField name="slug" label={s.slug} hint={s.slugHint} required /> : null}
      {create ? <SlugFollows from="name" /> : null}
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
  const sourceTitle = useSourceTitle();
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

  const fields: ConflictColumn<Values>[] = [
    { key: 'name', label: s.name },
    { key: 'kind', label: s.kind, show: (v) => k[v.kind] },
    { key: 'category', label: s.category, show: (v) => t.category[v.category] },
    { key: 'role', label: s.role },
    { key: 'country', label: s.country },
    { key: 'description', label: s.description },
    { key: 'sourceId', label: s.source, show: (v) => sourceTitle(v.sourceId) },
  ];

  const submit = useChangedSubmit(form, save, onDone);

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit}>
        <StakeholderFields create={false} />
        <EditOutcome
          save={save}
          error={update.error}
          fields={conflictTable(fields, base)}
          onDiscard={(now) =>
            form.reset({ ...now.values, id: stakeholder.id, version: now.version })
          }
        />
        <FormActions pending={save.pending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}
