// Every fact cites a source: pick one already recorded, or record a new one without leaving the
// form. The new source's fields follow the API's own schema for sources.
import { sourceCreateInput, sourceKinds } from '@dossier/domain';
import { useState } from 'react';
import { Controller, FormProvider, useFormContext } from 'react-hook-form';
import { useLabels, useTranslations } from '../../i18n';
import { trpc } from '../../trpc';
import { SaveError } from './FormParts';
import { Field, SelectField, TextField } from './fields';
import { formStrings } from './strings';
import { emptyAsUndefined, useDomainForm } from './useDomainForm';

function NewSource({ onAdded }: { onAdded: (id: string) => void }) {
  const f = useTranslations(formStrings);
  const t = useLabels();
  const utils = trpc.useUtils();
  const form = useDomainForm(sourceCreateInput, { title: '', publisher: '', kind: 'official' });
  const create = trpc.sources.create.useMutation({
    onSuccess: async (source) => {
      await utils.sources.list.invalidate();
      form.reset();
      onAdded(source.id);
    },
  });
  const add = form.handleSubmit((values) => create.mutate(values));
  return (
    <FormProvider {...form}>
      {/* Inside the outer form: Enter adds the source instead of saving the outer form. */}
      <fieldset
        className="fm-subform"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
            e.preventDefault();
            void add();
          }
        }}
      >
        <legend>{f.newSource}</legend>
        <TextField name="title" label={f.sourceTitle} required />
        <TextField name="publisher" label={f.sourcePublisher} required />
        <SelectField
          name="kind"
          label={f.sourceKind}
          values={sourceKinds}
          labelOf={(k) => t.sourceKind[k]}
        />
        <TextField
          name="publishedOn"
          label={f.sourceDate}
          hint={f.partialDate}
          options={{ setValueAs: emptyAsUndefined }}
        />
        <TextField
          name="url"
          type="url"
          label={f.sourceUrl}
          options={{ setValueAs: emptyAsUndefined }}
        />
        <SaveError error={create.error} />
        <button type="button" disabled={create.isPending} onClick={() => void add()}>
          {f.addSource}
        </button>
      </fieldset>
    </FormProvider>
  );
}

/** The source a fact cites, as `name` (a source id) of the surrounding form. */
export function SourcePicker({
  name = 'sourceId',
  label,
  required = true,
  disabled = false,
}: {
  name?: string;
  label?: string;
  required?: boolean;
  disabled?: boolean;
}) {
  const f = useTranslations(formStrings);
  const { control, setValue } = useFormContext();
  const sources = trpc.sources.list.useQuery(undefined, { staleTime: 60_000 });
  const [adding, setAdding] = useState(false);
  return (
    <div className="fm-source">
      <Field name={name} label={label ?? f.source} required={required}>
        {({ id, describedBy, invalid }) => (
          <Controller
            name={name}
            control={control}
            render={({ field }) => (
              <select
                id={id}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                disabled={disabled}
                name={field.name}
                ref={field.ref}
                value={typeof field.value === 'string' ? field.value : ''}
                onBlur={field.onBlur}
                onChange={(e) => field.onChange(e.target.value === '' ? null : e.target.value)}
              >
                <option value="">{f.chooseSource}</option>
                {(sources.data ?? []).map((s) => (
                  <option key={s.id} value={s.id}>
                    {[s.title, s.publisher, s.publishedOn].filter(Boolean).join(' — ')}
                  </option>
                ))}
              </select>
            )}
          />
        )}
      </Field>
      {disabled ? null : adding ? (
        <NewSource
          onAdded={(id) => {
            setValue(name, id, { shouldValidate: true, shouldDirty: true });
            setAdding(false);
          }}
        />
      ) : (
        <button type="button" className="fm-link" onClick={() => setAdding(true)}>
          {f.newSource}
        </button>
      )}
    </div>
  );
}
