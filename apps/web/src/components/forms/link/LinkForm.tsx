// A link from this measure to another (it amends, depends on, replaces… that one), as the API's
// link schemas say; its relation, note and source can be changed later.
import { linkCreateInput, linkRelations, linkUpdateInput, readRelation } from '@dossier/domain';
import { useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { useLabels, useTranslations } from '../../../i18n';
import { type Brief, trpc } from '../../../trpc';
import { ConflictNotice } from '../ConflictNotice';
import { FormActions, SaveError } from '../FormParts';
import { SelectField, TextAreaField } from '../fields';
import { SourcePicker } from '../SourcePicker';
import { isConflict } from '../serverError';
import { changedOnly, conflictTable, useConflictSave, useFormReady } from '../stakeholder/conflict';
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
  const utils = trpc.useUtils();
  const form = useDomainForm(linkCreateInput, {
    fromMeasureId: measureId,
    toMeasureId: '',
    relation: 'related_to',
    note: '',
    sourceId: null,
  });
  useFormReady(form);
  const create = trpc.links.create.useMutation({
    onSuccess: async () => {
      await utils.measures.invalidate();
      onAdded();
      onDone();
    },
  });
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
  const sources = trpc.sources.list.useQuery(undefined, { staleTime: 60_000 });
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
  const show = (key: keyof Values, v: Values): string =>
    key === 'relation'
      ? t.relationReading[readRelation(v.relation, 'outgoing').key]
      : key === 'sourceId'
        ? v.sourceId
          ? (sources.data?.find((x) => x.id === v.sourceId)?.title ?? '')
          : ''
        : v.note;
  const fields = [
    { key: 'relation', label: l.relation },
    { key: 'note', label: l.note },
    { key: 'sourceId', label: l.source },
  ] as const;
  // Read while rendering, so that the form keeps track of which fields changed.
  const { dirtyFields } = form.formState;
  const submit = form.handleSubmit((values) => {
    const { id: _id, version: _version, ...rest } = values;
    const changes = changedOnly(rest, dirtyFields as Record<string, unknown>);
    if (Object.keys(changes).length === 0) return onDone();
    return save.submit(changes, form.getValues() as Values);
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit}>
        <LinkFields />
        {save.conflict ? (
          <ConflictNotice
            fields={conflictTable(fields, show, base, save.conflict.now.values, save.conflict.mine)}
            onReapply={() => void save.reapply()}
            onDiscard={() =>
              save.discard((now) =>
                form.reset({ ...now.values, id: link.linkId, version: now.version }),
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
