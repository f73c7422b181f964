// A stakeholder's stance on a measure: always with the day (or month, or year) it was stated,
// and with its source unless it is marked unsourced, as the API's position schemas say.
import {
  pageSizes,
  positionCreateInput,
  positionRoles,
  positionUpdateInput,
  stances,
} from '@dossier/domain';
import { useEffect, useRef } from 'react';
import { FormProvider, useFormContext } from 'react-hook-form';
import { useLabels, useTranslations } from '../../../i18n';
import { type StakeholderEntry, trpc } from '../../../trpc';
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
import { positionFormStrings } from './strings';
import '../forms.css';

/** The most stakeholders the register hands out at once: the whole of a usual register. */
const stakeholderChoices = pageSizes.stakeholders.max;

/** Stance, role, date, words, and the source or the mark that there is none yet. */
function PositionFields() {
  const t = useLabels();
  const f = useTranslations(formStrings);
  const p = useTranslations(positionFormStrings);
  const { watch, setValue } = useFormContext();
  const unsourced = watch('unsourced') === true;
  // Marked unsourced: the stance cites nothing, so a source chosen before is let go.
  useEffect(() => {
    if (unsourced) setValue('sourceId', null, { shouldDirty: true });
  }, [unsourced, setValue]);
  return (
    <>
      <SelectField
        name="stance"
        label={p.stance}
        values={stances}
        labelOf={(v) => t.stance[v]}
        required
      />
      <SelectField
        name="role"
        label={p.role}
        values={positionRoles}
        labelOf={(v) => t.role[v]}
        required
      />
      <TextField name="statedOn" label={p.statedOn} hint={f.partialDate} required />
      <TextAreaField name="quote" label={p.quote} hint={p.quoteHint} rows={3} />
      <CheckboxField name="unsourced" label={p.unsourced} hint={p.unsourcedHint} />
      <SourcePicker required={!unsourced} disabled={unsourced} />
    </>
  );
}

export function PositionCreateForm({
  measureId,
  onDone,
  onAdded,
}: {
  measureId: string;
  onDone: () => void;
  onAdded: () => void;
}) {
  const p = useTranslations(positionFormStrings);
  const register = trpc.stakeholders.list.useQuery(
    { limit: stakeholderChoices },
    { staleTime: 60_000 },
  );
  const people = register.data?.items ?? [];
  const form = useDomainForm(positionCreateInput, {
    measureId,
    stakeholderId: '',
    stance: 'unknown',
    role: 'observer',
    statedOn: '',
    quote: '',
    sourceId: null,
    unsourced: false,
  });
  const create = trpc.positions.create.useMutation(
    useReloadAfterSave([onAdded, onDone], ['stakeholders']),
  );
  useFormReady(form, 'stakeholderId');
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
        <SelectField
          name="stakeholderId"
          label={p.stakeholder}
          values={people.map((s) => s.id)}
          labelOf={(id) => people.find((s) => s.id === id)?.name ?? id}
          placeholder={p.chooseStakeholder}
          required
        />
        <PositionFields />
        <SaveError error={create.error} />
        <FormActions pending={create.isPending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}

type Position = StakeholderEntry['current'];

const valuesOf = (p: Position) => ({
  stance: p.stance,
  role: p.role,
  statedOn: p.statedOn,
  quote: p.quote ?? '',
  sourceId: p.sourceId,
  unsourced: p.unsourced,
});
type Values = ReturnType<typeof valuesOf>;

export function PositionEditForm({
  position,
  stakeholderName,
  onDone,
}: {
  position: Position;
  stakeholderName: string;
  onDone: () => void;
}) {
  const t = useLabels();
  const f = useTranslations(formStrings);
  const p = useTranslations(positionFormStrings);
  const utils = trpc.useUtils();
  const sourceTitle = useSourceTitle();
  const base = useRef(valuesOf(position)).current;
  const form = useDomainForm(positionUpdateInput, {
    ...base,
    id: position.id,
    version: position.version,
  });
  const update = trpc.positions.update.useMutation();
  const save = useConflictSave<Values, Record<string, unknown>>({
    version: position.version,
    send: (changes, version) => update.mutateAsync({ id: position.id, version, ...changes }),
    reload: async () => {
      await utils.stakeholders.get.invalidate();
      const now = await utils.stakeholders.get.fetch({ ref: position.stakeholderId });
      const stored = now.positions.find((x) => x.id === position.id) ?? position;
      return { values: valuesOf(stored), version: stored.version };
    },
    onSaved: () => {
      void utils.measures.invalidate();
      void utils.stakeholders.invalidate();
      onDone();
    },
  });
  useFormReady(form, 'stance');

  const fields: ConflictColumn<Values>[] = [
    { key: 'stance', label: p.stance, show: (v) => t.stance[v.stance] },
    { key: 'role', label: p.role, show: (v) => t.role[v.role] },
    { key: 'statedOn', label: p.statedOn },
    { key: 'quote', label: p.quote },
    { key: 'sourceId', label: f.source, show: (v) => sourceTitle(v.sourceId) },
    { key: 'unsourced', label: p.unsourced, show: (v) => (v.unsourced ? p.unsourced : '') },
  ];

  // The source and its mark go together: the API checks the pair.
  const submit = useChangedSubmit(form, save, onDone, ['sourceId', 'unsourced']);

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={submit}
        aria-label={p.editTitle(stakeholderName)}
        className="fm-position-edit"
      >
        <PositionFields />
        <EditOutcome
          save={save}
          error={update.error}
          fields={conflictTable(fields, base)}
          onDiscard={(now) => form.reset({ ...now.values, id: position.id, version: now.version })}
        />
        <FormActions pending={save.pending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}
