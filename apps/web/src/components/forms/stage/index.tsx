// "Change stage", for editors, beside the stage track: the form (and react-hook-form) loads
// when the button opens it.
import { lazy, Suspense } from 'react';
import { useCanEdit } from '../../../auth/session';
import { useTranslations } from '../../../i18n';
import type { Brief } from '../../../trpc';
import { Loading } from '../../states';
import { EditPanel } from '../FormParts';
import { stageFormStrings } from './strings';
import '../forms.css';

const StageForm = lazy(() => import('./StageForm').then((m) => ({ default: m.StageForm })));

export function ChangeStage({ measureId, fact }: { measureId: string; fact: Brief['stage'] }) {
  const g = useTranslations(stageFormStrings);
  const canEdit = useCanEdit();
  if (!canEdit) return null;
  return (
    <EditPanel
      label={g.change}
      title={g.changeTitle}
      className="bf-change-stage"
      editing={measureId}
    >
      {(close) => (
        <Suspense fallback={<Loading />}>
          <StageForm measureId={measureId} fact={fact} onDone={close} />
        </Suspense>
      )}
    </EditPanel>
  );
}
