// A change of stage is a source's claim (claims.add, the API's own schema): the stage, when it
// was reached, and who says so. The brief shows the stage the rules settle on from all the
// claims; when they would keep showing another one (a procedure does not go back on its own
// word, and a later claim that contradicts an earlier one is disputed), the form says so, asks
// why, and prefers the new claim (claims.prefer) so that the brief shows the stage recorded.
import {
  claimAddInput,
  claimPreferInput,
  resolveStage,
  type Stage,
  type StageClaimLike,
  stages,
} from '@dossier/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useFormContext } from 'react-hook-form';
import { stageName, useLabels, useTranslations } from '../../../i18n';
import { type Brief, trpc } from '../../../trpc';
import { FormActions, SaveError } from '../FormParts';
import { SelectField, TextAreaField, TextField } from '../fields';
import { SourcePicker } from '../SourcePicker';
import { formStrings } from '../strings';
import { emptyAsUndefined, useDomainForm } from '../useDomainForm';
import { stageFormStrings } from './strings';
import '../forms.css';

/** The stage claim among the claims the API takes. */
const stageClaimInput = claimAddInput.options[2];

/**
 * The stage the brief would show with a new claim of `stage` reached on `date` recorded after
 * `claims`: null when it would show that very stage (no preference needed).
 */
export function stageKeptInstead(
  claims: readonly StageClaimLike[],
  stage: Stage | undefined,
  date: string | undefined,
): Stage | null {
  if (!stage || !date || !stageClaimInput.shape.date.safeParse(date).success) return null;
  const mine: StageClaimLike = {
    id: '\uffff',
    createdAt: '\uffff',
    preferred: false,
    stage,
    date: date.trim(),
  };
  const shown = resolveStage([...claims, mine]).shown;
  return shown && shown.stage !== stage ? shown.stage : null;
}

/** The claim, and the reason to prefer it, required when the claim alone would not show. */
const stageFormSchema = (claims: readonly StageClaimLike[]) =>
  stageClaimInput
    .extend({ reason: claimPreferInput.shape.reason.optional() })
    .superRefine((values, ctx) => {
      if (values.reason !== undefined || !stageKeptInstead(claims, values.stage, values.date))
        return;
      // The domain's own word on a missing reason.
      const said = claimPreferInput.shape.reason.safeParse('');
      if (!said.success)
        ctx.addIssue({ code: 'custom', path: ['reason'], message: said.error.issues[0]!.message });
    });

function Reason({ claims }: { claims: readonly StageClaimLike[] }) {
  const t = useLabels();
  const g = useTranslations(stageFormStrings);
  const { watch } = useFormContext();
  const kept = stageKeptInstead(
    claims,
    (watch('stage') as Stage | '') || undefined,
    watch('date') as string | undefined,
  );
  if (!kept) return null;
  return (
    <>
      <p className="fm-notice" role="status">
        {g.needsPreference(stageName(t, kept))}
      </p>
      <TextField
        name="reason"
        label={g.reason}
        hint={g.reasonHint}
        options={{ setValueAs: emptyAsUndefined }}
        required
      />
    </>
  );
}

export function StageForm({
  measureId,
  fact,
  onDone,
}: {
  measureId: string;
  /** The brief's stage with its claims. */
  fact: Brief['stage'];
  onDone: () => void;
}) {
  const t = useLabels();
  const f = useTranslations(formStrings);
  const g = useTranslations(stageFormStrings);
  const utils = trpc.useUtils();
  const claims = fact.claims;
  const schema = useMemo(() => stageFormSchema(claims), [claims]);
  const form = useDomainForm(schema, {
    fact: 'stage',
    measureId,
    stage: '' as Stage,
    date: '',
    sourceId: null as unknown as string,
    note: '',
  });
  const add = trpc.claims.add.useMutation();
  const prefer = trpc.claims.prefer.useMutation();
  // A claim recorded whose preference failed: a second save prefers it, not records it again.
  const [recorded, setRecorded] = useState<{ id: string; key: string } | null>(null);
  const [pending, setPending] = useState(false);
  // Once on screen: the selects show the values given, the focus is on the first field.
  const element = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.reset();
    element.current?.querySelector<HTMLElement>('select')?.focus();
  }, [form]);

  const submit = form.handleSubmit(async (values) => {
    const { reason, ...claim } = values;
    const key = JSON.stringify([claim.stage, claim.date, claim.sourceId, claim.note ?? null]);
    setPending(true);
    try {
      let id = recorded?.key === key ? recorded.id : null;
      if (id === null) {
        prefer.reset();
        id = (await add.mutateAsync(claim)).id;
        setRecorded({ id, key });
      }
      if (reason !== undefined) {
        const now = await utils.measures.get.fetch({ ref: measureId }, { staleTime: 0 });
        if (now.measure.stage !== claim.stage)
          await prefer.mutateAsync({ id, version: now.measure.version, reason });
      }
    } catch {
      // Said below, from the mutation that failed.
      return;
    } finally {
      setPending(false);
    }
    await utils.measures.invalidate();
    onDone();
  });

  return (
    <FormProvider {...form}>
      <form ref={element} noValidate onSubmit={submit}>
        <SelectField
          name="stage"
          label={g.stage}
          values={stages}
          labelOf={(s) => stageName(t, s)}
          placeholder={g.chooseStage}
          required
        />
        <TextField name="date" label={g.date} hint={f.partialDate} required />
        <SourcePicker />
        <TextAreaField name="note" label={g.note} hint={g.noteHint} rows={2} />
        <Reason claims={claims} />
        {recorded && prefer.error ? (
          <p className="fm-save-error">{g.recordedNotPreferred}</p>
        ) : null}
        <SaveError error={add.error ?? prefer.error} />
        <FormActions pending={pending} onCancel={onDone} saveLabel={g.save} />
      </form>
    </FormProvider>
  );
}
