// Recording a measure, and editing one: the fields of the API's own measure schemas. An edit
// sends only what the person changed, with the version the form read; when someone else saved
// meanwhile, nothing is written and the person sees, field by field, what the form was opened
// with, what is stored now and what they wanted, and chooses.
import {
  identifierRoles,
  identifierSchemes,
  measureCreateInput,
  measureKinds,
  measureUpdateInput,
  stages,
} from '@dossier/domain';
import { useEffect, useRef, useState } from 'react';
import { Controller, FormProvider, get, useFieldArray, useFormContext } from 'react-hook-form';
import { useLocation } from 'wouter';
import { stageName, useLabels, useTranslations } from '../../../i18n';
import { paths } from '../../../router';
import { type Brief, trpc } from '../../../trpc';
import { type ConflictColumn, conflictTable, type Stored } from '../conflict';
import { EditOutcome, useFormReady, useSourceTitle } from '../edit';
import { FormActions, SaveError } from '../FormParts';
import { Field, SelectField, TextAreaField, TextField } from '../fields';
import { SourcePicker } from '../SourcePicker';
import { isConflict, type MutationError } from '../serverError';
import { SlugFollows } from '../slug';
import { formStrings } from '../strings';
import { emptyAsNull, emptyAsUndefined, useDomainForm } from '../useDomainForm';
import { measureFormStrings } from './strings';
import {
  changedKeys,
  type IdentifierRow,
  type MeasureKey,
  type MeasureValues,
  measureKeys,
  splitAreas,
  valuesOf,
} from './values';
import '../forms.css';

/** Jurisdictions are upper case; "fr" is taken as FR. */
const upperCase = (value: unknown) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

/** The path of the first message under `name` (a list's own, or one of its items'). */
function firstErrorPath(errors: unknown, name: string): string {
  const found = get(errors, name) as unknown;
  if (!found || typeof found !== 'object') return name;
  if (typeof (found as { message?: unknown }).message === 'string') return name;
  if (Array.isArray(found)) {
    const i = found.findIndex((item) => item && typeof item.message === 'string');
    if (i >= 0) return `${name}.${i}`;
  }
  const root = (found as { root?: { message?: unknown } }).root;
  return typeof root?.message === 'string' ? `${name}.root` : name;
}

/** Policy areas in one line, separated by commas; the form holds them as a list. */
function PolicyAreasField() {
  const s = useTranslations(measureFormStrings);
  const {
    control,
    formState: { errors },
  } = useFormContext<MeasureValues>();
  return (
    <Field
      name={firstErrorPath(errors, 'policyAreas')}
      label={s.policyAreas}
      hint={s.policyAreasHint}
    >
      {({ id, describedBy, invalid }) => (
        <Controller
          name="policyAreas"
          control={control}
          render={({ field }) => (
            <AreasInput
              id={id}
              describedBy={describedBy}
              invalid={invalid}
              name={field.name}
              inputRef={field.ref}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
      )}
    </Field>
  );
}

function AreasInput({
  id,
  describedBy,
  invalid,
  name,
  inputRef,
  value,
  onChange,
  onBlur,
}: {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  name: string;
  inputRef: (el: HTMLInputElement | null) => void;
  value: string[] | undefined;
  onChange: (areas: string[]) => void;
  onBlur: () => void;
}) {
  const [text, setText] = useState(() => (value ?? []).join(', '));
  const typed = useRef(text);
  // A reset from outside (a conflict re-applied or discarded) shows the list it put there.
  useEffect(() => {
    const list = value ?? [];
    if (JSON.stringify(splitAreas(typed.current)) !== JSON.stringify(list)) {
      typed.current = list.join(', ');
      setText(typed.current);
    }
  }, [value]);
  return (
    <input
      id={id}
      type="text"
      autoComplete="off"
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      name={name}
      ref={inputRef}
      value={text}
      onBlur={onBlur}
      onChange={(e) => {
        typed.current = e.target.value;
        setText(e.target.value);
        onChange(splitAreas(e.target.value));
      }}
    />
  );
}

const newIdentifier: IdentifierRow = {
  scheme: 'procedure_ref',
  value: '',
  role: null,
  sourceId: null,
};

/** The official references, a row each: added and removed with buttons, from the keyboard. */
function IdentifierList() {
  const s = useTranslations(measureFormStrings);
  const t = useLabels();
  const { control } = useFormContext<MeasureValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'identifiers' });
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <fieldset className="fm-subform fm-identifiers">
      <legend>{s.identifiers}</legend>
      <p className="fm-hint">{s.identifiersHint}</p>
      {fields.length === 0 ? <p className="fm-none">{s.noIdentifiers}</p> : null}
      {fields.map((row, i) => (
        <fieldset key={row.id} className="fm-identifier">
          <legend>{s.identifier(i + 1)}</legend>
          <SelectField
            name={`identifiers.${i}.scheme`}
            label={s.scheme}
            values={identifierSchemes}
            labelOf={(k) => t.identifierScheme[k]}
            required
          />
          <TextField name={`identifiers.${i}.value`} label={s.value} hint={s.valueHint} required />
          <SelectField
            name={`identifiers.${i}.role`}
            label={s.role}
            values={identifierRoles}
            labelOf={(r) => t.identifierRole[r]}
            placeholder={s.noRole}
            options={{ setValueAs: emptyAsNull }}
          />
          <button
            type="button"
            onClick={() => {
              remove(i);
              addButton.current?.focus();
            }}
          >
            {s.removeIdentifier(i + 1)}
          </button>
        </fieldset>
      ))}
      <button
        ref={addButton}
        type="button"
        onClick={() =>
          append(newIdentifier, {
            shouldFocus: true,
            focusName: `identifiers.${fields.length}.value`,
          })
        }
      >
        {s.addIdentifier}
      </button>
    </fieldset>
  );
}

function MeasureFields({ create }: { create: boolean }) {
  const t = useLabels();
  const s = useTranslations(measureFormStrings);
  const f = useTranslations(formStrings);
  return (
    <>
      <TextField name="title" label={s.title} required />
      {create ? <SlugFollows from="title" /> : null}
      <TextField
        name="slug"
        label={s.slug}
        hint={create ? s.slugHint : `${s.slugHint} ${s.slugEditHint}`}
        required
      />
      <SelectField
        name="kind"
        label={s.kind}
        values={measureKinds}
        labelOf={(k) => t.kind[k]}
        required
      />
      <TextField
        name="jurisdiction"
        label={s.jurisdiction}
        hint={s.jurisdictionHint}
        options={{ setValueAs: upperCase }}
        required
      />
      {create ? (
        <>
          <SelectField
            name="stage"
            label={s.stage}
            hint={s.stageHint}
            values={stages}
            labelOf={(v) => stageName(t, v)}
            placeholder={s.noStage}
            options={{ setValueAs: emptyAsNull }}
          />
          <TextField
            name="stageOn"
            label={s.stageOn}
            hint={f.partialDate}
            options={{ setValueAs: emptyAsUndefined }}
          />
        </>
      ) : null}
      <TextAreaField name="summary" label={s.summary} hint={s.summaryHint} rows={5} />
      <PolicyAreasField />
      <IdentifierList />
      <SourcePicker label={s.source} required={false} />
    </>
  );
}

/** A reference as the API takes it: its four parts, as written. */
const identifierOut = (i: { scheme: string; value: string; role?: unknown; sourceId?: unknown }) =>
  ({
    scheme: i.scheme,
    value: i.value,
    role: i.role ?? null,
    sourceId: i.sourceId ?? null,
  }) as IdentifierRow;

export function MeasureCreateForm({
  onDone,
  onCreated,
}: {
  onDone: () => void;
  onCreated?: (created: { title: string; slug: string }) => void;
}) {
  const utils = trpc.useUtils();
  const [, navigate] = useLocation();
  const form = useDomainForm(measureCreateInput, {
    title: '',
    slug: '',
    kind: 'regulation',
    jurisdiction: 'EU',
    stage: null,
    summary: '',
    policyAreas: [],
    identifiers: [],
    sourceId: null,
  });
  const create = trpc.measures.create.useMutation({
    onSuccess: async (measure) => {
      onCreated?.({ title: measure.title, slug: measure.slug });
      onDone();
      navigate(paths.measure(measure.slug));
      await utils.measures.invalidate();
    },
  });
  const element = useFormReady(form);
  return (
    <FormProvider {...form}>
      <form
        ref={element}
        noValidate
        onSubmit={form.handleSubmit((values) =>
          create.mutate({ ...values, identifiers: values.identifiers?.map(identifierOut) }),
        )}
      >
        <MeasureFields create />
        <SaveError error={create.error} />
        <FormActions pending={create.isPending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}

interface Conflict {
  now: Stored<MeasureValues>;
  /** The form's values when the save was refused. */
  mine: MeasureValues;
}

const formValuesOf = (values: Record<string, unknown>): MeasureValues => {
  const picked: Partial<Record<MeasureKey, unknown>> = {};
  for (const key of measureKeys) picked[key] = values[key];
  return picked as MeasureValues;
};

export function MeasureEditForm({ brief, onDone }: { brief: Brief; onDone: () => void }) {
  const t = useLabels();
  const s = useTranslations(measureFormStrings);
  const utils = trpc.useUtils();
  const [, navigate] = useLocation();
  const { id } = brief.measure;
  const sourceTitle = useSourceTitle();
  // What the form was opened with (or, after a conflict, the version it was moved onto).
  const [base, setBase] = useState(() => ({
    values: valuesOf(brief),
    version: brief.measure.version,
  }));
  const form = useDomainForm(measureUpdateInput, {
    ...base.values,
    id,
    version: base.version,
  });
  const update = trpc.measures.update.useMutation();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [pending, setPending] = useState(false);
  const element = useFormReady(form);

  const submit = form.handleSubmit(async (parsed) => {
    const mine = formValuesOf(form.getValues());
    const keys = changedKeys(base.values, mine);
    if (keys.length === 0) return onDone();
    const changes: Record<string, unknown> = {};
    for (const key of keys)
      changes[key] =
        key === 'identifiers' ? (parsed.identifiers ?? []).map(identifierOut) : parsed[key];
    setPending(true);
    try {
      await update.mutateAsync({ id, version: base.version, ...changes });
    } catch (error) {
      if (isConflict(error as MutationError)) {
        const fresh = await utils.measures.get.fetch({ ref: id }, { staleTime: 0 });
        setConflict({ now: { values: valuesOf(fresh), version: fresh.measure.version }, mine });
        // The page behind the form shows what is stored now.
        void utils.measures.invalidate();
      }
      return;
    } finally {
      setPending(false);
    }
    if (keys.includes('slug') && parsed.slug)
      navigate(paths.measure(parsed.slug), { replace: true });
    await utils.measures.invalidate();
    onDone();
  });

  /** The fresh version in the form, with the person's own changes on top, ready to save again. */
  const reapply = (c: Conflict) => {
    const keys = changedKeys(base.values, c.mine);
    const merged: MeasureValues = { ...c.now.values };
    for (const key of keys) (merged as unknown as Record<string, unknown>)[key] = c.mine[key];
    setBase(c.now);
    form.reset({ ...merged, id, version: c.now.version });
    update.reset();
    setConflict(null);
    element.current?.querySelector<HTMLElement>('input')?.focus();
  };
  /** Back to what is stored (`reset` puts it in the form), and the form closes. */
  const discard = (reset: (now: Stored<MeasureValues>) => void) => {
    if (!conflict) return;
    setBase(conflict.now);
    reset(conflict.now);
    update.reset();
    setConflict(null);
    onDone();
  };

  // Every field of the measure, in the form's order; the others are shown as they are.
  const columns: Record<MeasureKey, Omit<ConflictColumn<MeasureValues>, 'key'>> = {
    title: { label: s.title },
    slug: { label: s.slug },
    kind: { label: s.kind, show: (v) => t.kind[v.kind] ?? v.kind },
    jurisdiction: { label: s.jurisdiction },
    summary: { label: s.summary },
    policyAreas: { label: s.policyAreas, show: (v) => (v.policyAreas ?? []).join(', ') },
    identifiers: {
      label: s.identifiers,
      show: (v) =>
        (v.identifiers ?? [])
          .map((i) => `${t.identifierScheme[i.scheme] ?? i.scheme} ${i.value}`)
          .join('; '),
    },
    sourceId: { label: s.source, show: (v) => sourceTitle(v.sourceId) },
  };
  const fields = measureKeys.map((key) => ({ key, ...columns[key] }));

  return (
    <FormProvider {...form}>
      <form ref={element} noValidate onSubmit={submit}>
        <MeasureFields create={false} />
        {/* A refused save puts the focus on the choice it asks for. */}
        <EditOutcome
          save={{ conflict, reapply: () => conflict && reapply(conflict), discard }}
          error={update.error}
          fields={conflictTable(fields, base.values)}
          onDiscard={(now) => form.reset({ ...now.values, id, version: now.version })}
          focus
        />
        <FormActions pending={pending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}
