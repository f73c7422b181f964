// A link from this measure to another (it amends, depends on, replaces… that one), as the API's
// link schemas say; its relation, note and source can be changed later.
import { linkCreateInput, linkRelations, linkUpdateInput, readRelation } from '@dossier/domain';
import { useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useLabels, useTranslations } from '../../../i18n';
import { type Brief, trpc } from '../../../trpc';
import { type ConflictColumn, conflictTable, useConflictSave } from '../conflict';
import {
  EditOutcome,
  useChangedSubmit,
  useFormReady,
  useReloadAfterSave,
  useSourceTitle,
} from '../edit';
import { FormActions, SaveError } from '../FormParts';
import { SelectField, TextAreaField } from '../fields';
import { SourcePicker } from '../SourcePicker';
import { useDomainForm } from '../useDomainForm';
import { MeasureChoice } from './MeasureChoice';
import { linkFormStrings } from './strings';
import '../forms.css';

function LinkFields() {
  const t = useLabels();
  const l = useTranslations(linkFormStrings);
  return (
    <>
      <SelectField
        name="relation"
        label={l.relation}
        hint={l.relationHint}
        values={linkRelations}
        labelOf={(r) => t.relationReading[readRelation(r, 'outgoing').key]}
        required
      />
      <TextAreaField name="note" label={l.note} rows={2} />
      <SourcePicker label={l.source} required={false} />
    </>
  );
}

export function LinkCreateForm({
  measureId,
  onDone,
  onAdded,
}: {
  measureId: string;
  onDone: () => void;
  onAdded: () => void;
}) {
  const form = useDomainForm(linkCreateInput, {
    fromMeasureId: measureId,
    toMeasureId: '',
    relation: 'related_to',
    note: '',
    sourceId: null,
  });
  useFormReady(form);
  const create = trpc.links.create.useMutation(useReloadAfterSave([onAdded, onDone]));
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
        <MeasureChoice name="toMeasureId" except={measureId} />
        <LinkFields />
        <SaveError error={create.error} />
        <FormActions pending={create.isPending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}

type Linked = Brief['related'][number];

const valuesOf = (link: Linked) => ({
  relation: link.relation,
  note: link.note ?? '',
  sourceId: link.sourceId,
});
type Values = ReturnType<typeof valuesOf>;

export function LinkEditForm({
  link,
  measureId,
  onDone,
}: {
  link: Linked;
  measureId: string;
  onDone: () => void;
}) {
  const t = useLabels();
  const l = useTranslations(linkFormStrings);
  const utils = trpc.useUtils();
  const sourceTitle = useSourceTitle();
  const base = useRef(valuesOf(link)).current;
  const form = useDomainForm(linkUpdateInput, { ...base, id: link.linkId, version: link.version });
  const update = trpc.links.update.useMutation();
  const save = useConflictSave<Values, Record<string, unknown>>({
    version: link.version,
    send: (changes, version) => update.mutateAsync({ id: link.linkId, version, ...changes }),
    reload: async () => {
      await utils.measures.invalidate();
      const brief = await utils.measures.get.fetch({ ref: measureId });
      const now = brief.related.find((r) => r.linkId === link.linkId) ?? link;
      return { values: valuesOf(now), version: now.version };
    },
    onSaved: () => {
      void utils.measures.invalidate();
      onDone();
    },
  });
  useFormReady(form, 'relation');
  const fields: ConflictColumn<Values>[] = [
    {
      key: 'relation',
      label: l.relation,
      show: (v) => t.relationReading[readRelation(v.relation, 'outgoing').key],
    },
    { key: 'note', label: l.note },
    { key: 'sourceId', label: l.source, show: (v) => sourceTitle(v.sourceId) },
  ];
  const submit = useChangedSubmit(form, save, onDone);
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit}>
        <LinkFields />
        <EditOutcome
          save={save}
          error={update.error}
          fields={conflictTable(fields, base)}
          onDiscard={(now) => form.reset({ ...now.values, id: link.linkId, version: now.version })}
        />
        <FormActions pending={save.pending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}
