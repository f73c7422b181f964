// The claim controls of an event, for editors: add a claim, prefer one, withdraw a preference.
// The forms load when one is opened.
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useCanEdit } from '../../../auth/session';
import { useTranslations } from '../../../i18n';
import { type TimelineEvent, trpc } from '../../../trpc';
import { Loading } from '../../states';
import { EditPanel, SaveError } from '../FormParts';
import { claimFormStrings } from './strings';
import '../forms.css';
import '../event/controls.css';

const forms = () => import('./ClaimForm');
const ClaimAddForm = lazy(() => forms().then((m) => ({ default: m.ClaimAddForm })));
const ClaimPreferForm = lazy(() => forms().then((m) => ({ default: m.ClaimPreferForm })));

/** "Add a claim" on an event's date or result. */
export function AddClaim({ event }: { event: TimelineEvent }) {
  const c = useTranslations(claimFormStrings);
  const canEdit = useCanEdit();
  const [added, setAdded] = useState(false);
  if (!canEdit) return null;
  return (
    <>
      <EditPanel label={c.add} title={c.addTitle(event.title)}>
        {(close) => (
          <Suspense fallback={<Loading />}>
            <ClaimAddForm event={event} onDone={close} onAdded={() => setAdded(true)} />
          </Suspense>
        )}
      </EditPanel>
      {added ? <p role="status">{c.added}</p> : null}
    </>
  );
}

/**
 * Beside one claim of a fact: "Prefer this claim" (with a reason), or, on the preferred claim,
 * "Withdraw the preference". `version` is that of the event the claim is about.
 */
export function ClaimChoice({
  claimId,
  preferred,
  version,
  value,
}: {
  claimId: string;
  preferred: boolean;
  version: number;
  /** The claim's value, as the brief words it: which claim the button is about. */
  value: ReactNode;
}) {
  const canEdit = useCanEdit();
  if (!canEdit) return null;
  return preferred ? (
    <WithdrawPreference claimId={claimId} version={version} />
  ) : (
    <PreferClaim claimId={claimId} version={version} value={value} />
  );
}

function PreferClaim({
  claimId,
  version,
  value,
}: {
  claimId: string;
  version: number;
  value: ReactNode;
}) {
  const c = useTranslations(claimFormStrings);
  return (
    <EditPanel
      label={
        <>
          {c.prefer}
          {c.colon}
          {value}
        </>
      }
      title={c.preferTitle}
      className="fm-claim-choice"
    >
      {(close) => (
        <Suspense fallback={<Loading />}>
          <ClaimPreferForm claimId={claimId} version={version} onDone={close} />
        </Suspense>
      )}
    </EditPanel>
  );
}

function WithdrawPreference({ claimId, version }: { claimId: string; version: number }) {
  const c = useTranslations(claimFormStrings);
  const utils = trpc.useUtils();
  const withdraw = trpc.claims.withdrawPreference.useMutation({
    onSuccess: () => utils.measures.invalidate(),
  });
  return (
    <>
      <button
        type="button"
        className="fm-open fm-claim-choice"
        disabled={withdraw.isPending}
        onClick={() => withdraw.mutate({ id: claimId, version })}
      >
        {withdraw.isPending ? c.withdrawing : c.withdraw}
      </button>
      <SaveError error={withdraw.error} />
    </>
  );
}
