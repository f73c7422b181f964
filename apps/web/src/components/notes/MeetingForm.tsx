// Logging a meeting, or changing one: the fields of the API's meeting schemas. The stakeholders
// met and the measures discussed are chosen from lists, the page's own record chosen already.
import { meetingCreateInput, meetingUpdateInput } from '@dossier/domain';
import { FormProvider, useFormContext } from 'react-hook-form';
import { useTranslations } from '../../i18n';
import { trpc } from '../../trpc';
import { FormActions, SaveError } from '../forms/FormParts';
import { Field, TextAreaField, TextField } from '../forms/fields';
import { useDomainForm } from '../forms/useDomainForm';
import { Loading } from '../states';
import type { Meeting } from './MeetingsSection';
import { MarkdownField } from './NoteForm';
import { notesStrings } from './strings';
import type { TeamSubject } from './TeamSections';

/** One name a line: blank lines are dropped, the rest sent as written. */
const linesOf = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
    : value;

/** A list to choose several from: the selected values are the refs sent. */
function MultiSelect({
  name,
  label,
  hint,
  choices,
}: {
  name: string;
  label: string;
  hint?: string;
  choices: { value: string; label: string }[];
}) {
  const { register } = useFormContext();
  return (
    <Field name={name} label={label} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          multiple
          size={Math.min(8, Math.max(3, choices.length))}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          {...register(name)}
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function MeetingFields({ subject }: { subject: TeamSubject }) {
  const s = useTranslations(notesStrings);
  const people = trpc.stakeholders.list.useQuery({ limit: 500 });
  const measures = trpc.measures.list.useQuery({ limit: 200 });
  // The lists are shown once loaded (or failed), so the chosen ones are selected among them.
  const ready =
    (people.data !== undefined || people.isError) &&
    (measures.data !== undefined || measures.isError);
  // The page's own record is a choice even if its list could not be read.
  const withSubject = (kind: TeamSubject['kind'], list: { value: string; label: string }[]) =>
    subject.kind === kind && !list.some((c) => c.value === subject.id)
      ? [{ value: subject.id, label: subject.label }, ...list]
      : list;
  return (
    <>
      <TextField name="heldOn" label={s.heldOn} hint={s.heldOnHint} required />
      <TextField name="title" label={s.title} required />
      <TextAreaField
        name="attendees"
        label={s.attendees}
        hint={s.attendeesHint}
        rows={3}
        required
        options={{ setValueAs: linesOf }}
      />
      {ready ? (
        <>
          <MultiSelect
            name="stakeholderRefs"
            label={s.stakeholdersMet}
            hint={s.choicesHint}
            choices={withSubject(
              'stakeholder',
              (people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
            )}
          />
          <MultiSelect
            name="measureRefs"
            label={s.measuresDiscussed}
            choices={withSubject(
              'measure',
              (measures.data?.items ?? []).map((m) => ({ value: m.id, label: m.title })),
            )}
          />
        </>
      ) : (
        <Loading />
      )}
      <MarkdownField name="summary" label={s.summary} hint={s.markdownHint} rows={4} />
      <MarkdownField name="followUps" label={s.followUps} hint={s.markdownHint} rows={3} />
    </>
  );
}

export default function MeetingForm({
  subject,
  meeting,
  onDone,
}: {
  subject: TeamSubject;
  meeting?: Meeting;
  onDone: () => void;
}) {
  return meeting ? (
    <EditMeeting subject={subject} meeting={meeting} onDone={onDone} />
  ) : (
    <NewMeeting subject={subject} onDone={onDone} />
  );
}

function NewMeeting({ subject, onDone }: { subject: TeamSubject; onDone: () => void }) {
  const utils = trpc.useUtils();
  const form = useDomainForm(meetingCreateInput, {
    heldOn: new Date().toISOString().slice(0, 10),
    title: '',
    attendees: [],
    stakeholderRefs: subject.kind === 'stakeholder' ? [subject.id] : [],
    measureRefs: subject.kind === 'measure' ? [subject.id] : [],
    summary: '',
    followUps: '',
  });
  const create = trpc.meetings.create.useMutation({
    onSuccess: async () => {
      await utils.meetings.list.invalidate();
      onDone();
    },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
        <MeetingFields subject={subject} />
        <SaveError error={create.error} />
        <FormActions pending={create.isPending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}

function EditMeeting({
  subject,
  meeting,
  onDone,
}: {
  subject: TeamSubject;
  meeting: Meeting;
  onDone: () => void;
}) {
  const utils = trpc.useUtils();
  const form = useDomainForm(meetingUpdateInput, {
    id: meeting.id,
    version: meeting.version,
    heldOn: meeting.heldOn,
    title: meeting.title,
    attendees: meeting.attendees,
    stakeholderRefs: meeting.stakeholders.map((x) => x.id),
    measureRefs: meeting.measures.map((x) => x.id),
    summary: meeting.summary ?? '',
    followUps: meeting.followUps ?? '',
  });
  const update = trpc.meetings.update.useMutation({
    onSuccess: async () => {
      await utils.meetings.list.invalidate();
      onDone();
    },
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => update.mutate(values))}>
        <MeetingFields subject={subject} />
        {/* A CONFLICT says the meeting changed meanwhile: reload it and apply the change again. */}
        <SaveError error={update.error} />
        <FormActions pending={update.isPending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}
