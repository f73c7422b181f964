// The position forms' buttons; the forms load when one is opened.
import { lazy, Suspense, useState } from 'react';
import { useCanEdit } from '../../../auth/session';
import { useTranslations } from '../../../i18n';
import type { StakeholderEntry } from '../../../trpc';
import { Loading } from '../../states';
import { EditPanel } from '../FormParts';
import { positionFormStrings } from './strings';
import '../forms.css';
import '../event/controls.css';

const forms = () => import('./PositionForm');
const PositionCreateForm = lazy(() => forms().then((m) => ({ default: m.PositionCreateForm })));
const PositionEditForm = lazy(() => forms().then((m) => ({ default: m.PositionEditForm })));

/** "Add a position" on a measure, for editors. */
export function AddPosition({ measureId }: { measureId: string }) {
  const p = useTranslations(positionFormStrings);
  const canEdit = useCanEdit();
  const [added, setAdded] = useState(false);
  if (!canEdit) return null;
  return (
    <div className="fm-new">
      <EditPanel label={p.add} title={p.addTitle}>
        {(close) => (
          <Suspense fallback={<Loading />}>
            <PositionCreateForm
              measureId={measureId}
              onDone={close}
              onAdded={() => setAdded(true)}
            />
          </Suspense>
        )}
      </EditPanel>
      {added ? <p role="status">{p.added}</p> : null}
    </div>
  );
}

/** "Edit this position", for editors. */
export function EditPosition({
  position,
  stakeholderName,
}: {
  position: StakeholderEntry['current'];
  stakeholderName: string;
}) {
  const p = useTranslations(positionFormStrings);
  const canEdit = useCanEdit();
  if (!canEdit) return null;
  return (
    <EditPanel label={p.edit} title={p.editTitle(stakeholderName)}>
      {(close) => (
        <Suspense fallback={<Loading />}>
          <PositionEditForm position={position} stakeholderName={stakeholderName} onDone={close} />
        </Suspense>
      )}
    </EditPanel>
  );
}
