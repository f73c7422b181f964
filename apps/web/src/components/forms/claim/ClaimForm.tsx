// A source's claim on an event's date or a vote's result, and the choice of the claim the
// record shows: the API's claim schemas, nothing overwritten.
import { claimAddInput, claimPreferInput, isVote } from '@dossier/domain';
import { FormProvider, useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { useTranslations } from '../../../i18n';
import { type TimelineEvent, trpc } from '../../../trpc';
import { useFormReady, useReloadAfterSave } from '../edit';
import { eventFormStrings } from '../event/strings';
import { VoteCounts } from '../event/VoteCounts';
import { FormActions, SaveError } from '../FormParts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../fields';
import { SourcePicker } from '../SourcePicker';
import { useDomainForm } from '../useDomainForm';
import { claimFormStrings } from './strings';
import '../forms.css';

type Fact = 'date' | 'result';

/** What the form holds, for either fact; the API's schema keeps the fields of the one chosen. */
const claimForm = claimAddInput as unknown as z.ZodType<
  z.output<typeof claimAddInput>,
  {
    fact: Fact;
    eventId: string;
    date?: string;
    result?: { for?: number | null; against?: number | null; abstentions?: number | null } | null;
    sourceId: string | null;
    note?: string | null;
    unconfirmed?: boolean;
  }
>;

function FactValue() {
  const e = useTranslations(eventFormStrings);
  const { watch } = useFormContext();
  return watch('fact') === 'result' ? (
    <VoteCounts />
  ) : (
    <TextField name="date" label={e.date} hint={e.dateHint} required />
  );
}

export function ClaimAddForm({
  event,
  onDone,
  onAdded,
}: {
  event: TimelineEvent;
  onDone: () => void;
  onAdded: () => void;
}) {
  const c = useTranslations(claimFormStrings);
  const e = useTranslations(eventFormStrings);
  const facts: Fact[] = isVote(event.kind) ? ['date', 'result'] : ['date'];
  const form = useDomainForm(claimForm, {
    fact: 'date',
    eventId: event.id,
    date: '',
    sourceId: null,
    note: '',
    unconfirmed: false,
  });
  const add = trpc.claims.add.useMutation(useReloadAfterSave([onAdded, onDone]));
  useFormReady(form, 'fact');
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => add.mutate(values))}>
        <SelectField
          name="fact"
          label={c.fact}
          values={facts}
          labelOf={(f) => (f === 'date' ? c.factDate : c.factResult)}
          required
        />
        <FactValue />
        <SourcePicker />
        <TextAreaField name="note" label={c.note} hint={c.noteHint} rows={2} />
        <CheckboxField name="unconfirmed" label={e.unconfirmed} hint={e.unconfirmedHint} />
        <SaveError error={add.error} />
        <FormActions pending={add.isPending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}

/** Prefer one claim, with the reason shown beside it. `version` is the event's. */
export function ClaimPreferForm({
  claimId,
  version,
  onDone,
}: {
  claimId: string;
  version: number;
  onDone: () => void;
}) {
  const c = useTranslations(claimFormStrings);
  const utils = trpc.useUtils();
  const form = useDomainForm(claimPreferInput, { id: claimId, version, reason: '' });
  const prefer = trpc.claims.prefer.useMutation({
    onSuccess: async () => {
      await utils.measures.invalidate();
      onDone();
    },
  });
  useFormReady(form, 'reason');
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => prefer.mutate(values))}>
        <TextField name="reason" label={c.reason} hint={c.reasonHint} required />
        <SaveError error={prefer.error} />
        <FormActions pending={prefer.isPending} onCancel={onDone} saveLabel={c.preferSave} />
      </form>
    </FormProvider>
  );
}
