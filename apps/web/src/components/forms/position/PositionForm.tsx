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
import { ConflictNotice } from '../ConflictNotice';
import { FormActions, SaveError } from '../FormParts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../fields';
import { SourcePicker } from '../SourcePicker';
import { isConflict } from '../serverError';
import { changedOnly, conflictTable, useConflictSave, useFormReady } from '../stakeholder/conflict';
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
  const utils = trpc.useUtils();
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
  const create = trpc.positions.create.useMutation({
    onSuccess: async () => {
      await Promise.all([utils.measures.invalidate(), utils.stakeholders.invalidate()]);
      onAdded();
      onDone();
    },
  });
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
  const sources = trpc.sources.list.useQuery(undefined, { staleTime: 60_000 });
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

  const show = (key: keyof Values, v: Values): string => {
    switch (key) {
      case 'stance':
        return t.stance[v.stance];
      case 'role':
        return t.role[v.role];
      case 'sourceId':
        return v.sourceId ? (sources.data?.find((x) => x.id === v.sourceId)?.title ?? '') : '';
      case 'unsourced':
        return v.unsourced ? p.unsourced : '';
      default:
        return v[key] ?? '';
    }
  };
  const fields = [
    { key: 'stance', label: p.stance },
    { key: 'role', label: p.role },
    { key: 'statedOn', label: p.statedOn },
    { key: 'quote', label: p.quote },
    { key: 'sourceId', label: f.source },
    { key: 'unsourced', label: p.unsourced },
  ] as const;

  // Read while rendering, so that the form keeps track of which fields changed.
  const { dirtyFields } = form.formState;
  const submit = form.handleSubmit((values) => {
    const { id: _id, version: _version, ...rest } = values;
    const dirty = dirtyFields as Record<string, unknown>;
    // The source and its mark go together: the API checks the pair.
    const pair = dirty.sourceId || dirty.unsourced ? { sourceId: true, unsourced: true } : {};
    const changes = changedOnly(rest, { ...dirty, ...pair });
    if (Object.keys(changes).length === 0) return onDone();
    return save.submit(changes, form.getValues() as Values);
  });

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={submit}
        aria-label={p.editTitle(stakeholderName)}
        className="fm-position-edit"
      >
        <PositionFields />
        {save.conflict ? (
          <ConflictNotice
            fields={conflictTable(fields, show, base, save.conflict.now.values, save.conflict.mine)}
            onReapply={() => void save.reapply()}
            onDiscard={() =>
              save.discard((now) =>
                form.reset({ ...now.values, id: position.id, version: now.version }),
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
