// The measure forms' buttons, light enough for any page: the forms themselves (and
// react-hook-form) load when a button opens one.
import { lazy, Suspense } from 'react';
import { useCanEdit } from '../../../auth/session';
import { useTranslations } from '../../../i18n';
import type { Brief } from '../../../trpc';
import { Loading } from '../../states';
import { EditPanel } from '../FormParts';
import { measureFormStrings } from './strings';
import '../forms.css';

const forms = () => import('./MeasureForm');
const MeasureCreateForm = lazy(() => forms().then((m) => ({ default: m.MeasureCreateForm })));
const MeasureEditForm = lazy(() => forms().then((m) => ({ default: m.MeasureEditForm })));

/** "New measure", for editors: records one and goes to its brief. */
export function NewMeasure() {
  const s = useTranslations(measureFormStrings);
  const canEdit = useCanEdit();
  if (!canEdit) return null;
  return (
    <div className="fm-new">
      <EditPanel label={s.add} title={s.addTitle}>
        {(close) => (
          <Suspense fallback={<Loading />}>
            <MeasureCreateForm onDone={close} />
          </Suspense>
        )}
      </EditPanel>
    </div>
  );
}

/** "Edit this measure", for editors: its title, kind, summary, references and more. */
export function EditMeasure({ brief }: { brief: Brief }) {
  const s = useTranslations(measureFormStrings);
  const canEdit = useCanEdit();
  if (!canEdit) return null;
  return (
    <EditPanel
      label={s.edit}
      title={s.editTitle(brief.measure.title)}
      className="bf-edit"
      editing={brief.measure.id}
    >
      {(close) => (
        <Suspense fallback={<Loading />}>
          <MeasureEditForm brief={brief} onDone={close} />
        </Suspense>
      )}
    </EditPanel>
  );
}
