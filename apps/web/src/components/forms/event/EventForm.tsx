// An event of a measure's timeline: recorded with its date (and a vote's result) as the first
// claims of its source, as the API's event schemas say; edited without them, since a date or a
// result is changed by adding a claim and preferring it.
import { eventCreateInput, eventKinds, eventUpdateInput, isVote } from '@dossier/domain';
import { useRef } from 'react';
import { FormProvider, useFormContext } from 'react-hook-form';
import { z } from 'zod';
import { useLabels, useTranslations } from '../../../i18n';
import { type TimelineEvent, trpc } from '../../../trpc';
import { type ConflictColumn, conflictTable, useConflictSave } from '../conflict';
import {
  EditOutcome,
  useChangedSubmit,
  useFormReady,
  useReloadAfterSave,
  useSourceTitle,
} from '../edit';
import { FormActions, SaveError } from '../FormParts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../fields';
import { SourcePicker } from '../SourcePicker';
import { formStrings } from '../strings';
import { useDomainForm } from '../useDomainForm';
import { eventFormStrings } from './strings';
import { VoteCounts, withoutEmptyResult } from './VoteCounts';
import '../forms.css';

/**
 * The API's schema, over what the form holds: counts all left empty, or hidden because the
 * event is no vote, are no result.
 */
const eventCreateForm = z.preprocess((values) => {
  const kind = (values as { kind?: string } | null)?.kind;
  const shown = kind && isVote(kind as never) ? values : { ...(values as object), result: null };
  return withoutEmptyResult(shown);
}, eventCreateInput) as unknown as typeof eventCreateInput;

function EventFields() {
  const t = useLabels();
  const e = useTranslations(eventFormStrings);
  return (
    <>
      <SelectField
        name="kind"
        label={e.kind}
        values={eventKinds}
        labelOf={(v) => t.eventKind[v]}
        required
      />
      <TextField name="title" label={e.title} required />
      <TextAreaField name="description" label={e.description} rows={3} />
      <CheckboxField name="unconfirmed" label={e.unconfirmed} hint={e.unconfirmedHint} />
    </>
  );
}

function ResultIfVote() {
  const { watch } = useFormContext();
  const kind = watch('kind') as Parameters<typeof isVote>[0];
  return kind && isVote(kind) ? <VoteCounts /> : null;
}

export function EventCreateForm({
  measureId,
  onDone,
  onAdded,
}: {
  measureId: string;
  onDone: () => void;
  onAdded: () => void;
}) {
  const e = useTranslations(eventFormStrings);
  const form = useDomainForm(eventCreateForm, {
    measureId,
    kind: 'announcement',
    title: '',
    date: '',
    description: '',
    unconfirmed: false,
  });
  const create = trpc.events.create.useMutation(useReloadAfterSave([onAdded, onDone]));
  useFormReady(form, 'kind');
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
        <EventFields />
        <TextField name="date" label={e.date} hint={e.dateHint} required />
        <ResultIfVote />
        <SourcePicker />
        <SaveError error={create.error} />
        <FormActions pending={create.isPending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}

const valuesOf = (event: TimelineEvent) => ({
  kind: event.kind,
  title: event.title,
  description: event.description ?? '',
  unconfirmed: event.unconfirmed,
  sourceId: event.sourceId,
});
type Values = ReturnType<typeof valuesOf>;

export function EventEditForm({ event, onDone }: { event: TimelineEvent; onDone: () => void }) {
  const t = useLabels();
  const f = useTranslations(formStrings);
  const e = useTranslations(eventFormStrings);
  const utils = trpc.useUtils();
  const sourceTitle = useSourceTitle();
  const base = useRef(valuesOf(event)).current;
  const form = useDomainForm(eventUpdateInput, { ...base, id: event.id, version: event.version });
  const update = trpc.events.update.useMutation();
  const save = useConflictSave<Values, Record<string, unknown>>({
    version: event.version,
    send: (changes, version) => update.mutateAsync({ id: event.id, version, ...changes }),
    reload: async () => {
      // The event as the brief now shows it: in its first page, or in the timeline's pages.
      await utils.measures.invalidate();
      const timeline = await utils.measures.timeline.fetch({ ref: event.measureId, limit: 500 });
      const now = timeline.items.find((x) => x.id === event.id) ?? event;
      return { values: valuesOf(now), version: now.version };
    },
    onSaved: () => {
      void utils.measures.invalidate();
      onDone();
    },
  });
  useFormReady(form, 'kind');

  const fields: ConflictColumn<Values>[] = [
    { key: 'kind', label: e.kind, show: (v) => t.eventKind[v.kind] },
    { key: 'title', label: e.title },
    { key: 'description', label: e.description },
    { key: 'unconfirmed', label: e.unconfirmed, show: (v) => (v.unconfirmed ? e.unconfirmed : '') },
    { key: 'sourceId', label: f.source, show: (v) => sourceTitle(v.sourceId) },
  ];

  const submit = useChangedSubmit(form, save, onDone);

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit}>
        <EventFields />
        <SourcePicker />
        <p className="fm-hint">{e.claimsElsewhere}</p>
        <EditOutcome
          save={save}
          error={update.error}
          fields={conflictTable(fields, base)}
          onDiscard={(now) => form.reset({ ...now.values, id: event.id, version: now.version })}
        />
        <FormActions pending={save.pending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}
