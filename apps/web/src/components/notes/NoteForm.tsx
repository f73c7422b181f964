// Writing a note or changing one: a textarea of Markdown, with a preview of what readers will
// see. Loaded when an editor opens it.
import { noteCreateInput, noteUpdateInput } from '@dossier/domain';
import { useState } from 'react';
import { FormProvider, useFormContext } from 'react-hook-form';
import { useTranslations } from '../../i18n';
import { trpc } from '../../trpc';
import { FormActions, SaveError } from '../forms/FormParts';
import { TextAreaField } from '../forms/fields';
import { useDomainForm } from '../forms/useDomainForm';
import { LazyMarkdown } from './LazyMarkdown';
import { notesStrings } from './strings';
import type { TeamSubject } from './TeamSections';

/** The body field with its preview toggle. */
export function MarkdownField({
  name,
  label,
  hint,
  rows = 6,
  required = false,
}: {
  name: string;
  label: string;
  hint: string;
  rows?: number;
  required?: boolean;
}) {
  const s = useTranslations(notesStrings);
  const [preview, setPreview] = useState(false);
  const text = (useFormContext().watch(name) as string | undefined) ?? '';
  return (
    <div>
      <TextAreaField name={name} label={label} hint={hint} rows={rows} required={required} />
      <button type="button" aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
        {preview ? s.write : s.preview}
      </button>
      {preview ? (
        <div className="nt-preview" aria-live="polite">
          {text.trim() ? <LazyMarkdown text={text} /> : <p className="empty">{s.previewEmpty}</p>}
        </div>
      ) : null}
    </div>
  );
}

export default function NoteForm(
  props:
    | { subject: TeamSubject; note?: undefined; onDone: () => void }
    | {
        note: { id: string; version: number; body: string };
        subject?: undefined;
        onDone: () => void;
      },
) {
  return props.note ? (
    <EditNote note={props.note} onDone={props.onDone} />
  ) : (
    <NewNote subject={props.subject} onDone={props.onDone} />
  );
}

function NewNote({ subject, onDone }: { subject: TeamSubject; onDone: () => void }) {
  const s = useTranslations(notesStrings);
  const utils = trpc.useUtils();
  const form = useDomainForm(noteCreateInput, {
    subjectKind: subject.kind,
    subjectRef: subject.id,
    body: '',
  });
  const create = trpc.notes.create.useMutation({
    onSuccess: async () => {
      await utils.notes.list.invalidate();
      onDone();
    },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
        <MarkdownField name="body" label={s.body} hint={s.bodyHint} required />
        <SaveError error={create.error} />
        <FormActions pending={create.isPending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}

function EditNote({
  note,
  onDone,
}: {
  note: { id: string; version: number; body: string };
  onDone: () => void;
}) {
  const s = useTranslations(notesStrings);
  const utils = trpc.useUtils();
  const form = useDomainForm(noteUpdateInput, {
    id: note.id,
    version: note.version,
    body: note.body,
  });
  const update = trpc.notes.update.useMutation({
    onSuccess: async () => {
      await utils.notes.list.invalidate();
      onDone();
    },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => update.mutate(values))}>
        <MarkdownField name="body" label={s.body} hint={s.bodyHint} required />
        {/* A CONFLICT says the note changed meanwhile: reload it and apply the change again. */}
        <SaveError error={update.error} />
        <FormActions pending={update.isPending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}
