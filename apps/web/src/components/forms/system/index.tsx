// The system-action form's button; the form loads when it is opened.
import { lazy, Suspense, useState } from 'react';
import { useCanEdit } from '../../../auth/session';
import { useTranslations } from '../../../i18n';
import { Loading } from '../../states';
import { EditPanel } from '../FormParts';
import { systemFormStrings } from './strings';
import '../forms.css';
import '../event/controls.css';

const SystemLinkForm = lazy(() =>
  import('./SystemLinkForm').then((m) => ({ default: m.SystemLinkForm })),
);

/** "Record a system action", for editors: of the measure given, or of one searched for. */
export function AddSystemLink({ measureId }: { measureId?: string }) {
  const y = useTranslations(systemFormStrings);
  const canEdit = useCanEdit();
  const [added, setAdded] = useState(false);
  if (!canEdit) return null;
  return (
    <div className="fm-new">
      <EditPanel label={y.add} title={y.addTitle}>
        {(close) => (
          <Suspense fallback={<Loading />}>
            <SystemLinkForm measureId={measureId} onDone={close} onAdded={() => setAdded(true)} />
          </Suspense>
        )}
      </EditPanel>
      {added ? <p role="status">{y.added}</p> : null}
    </div>
  );
}
