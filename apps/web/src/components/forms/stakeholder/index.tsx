// The stakeholder forms' buttons, light enough for any page: the forms themselves (and
// react-hook-form) load when a button opens one.
import { lazy, Suspense, useState } from 'react';
import { useCanEdit } from '../../../auth/session';
import { useTranslations } from '../../../i18n';
import { Link, paths } from '../../../router';
import type { StakeholderDetail } from '../../stakeholders/types';
import { Loading } from '../../states';
import { EditPanel } from '../FormParts';
import { stakeholderFormStrings } from './strings';
import '../forms.css';
import '../event/controls.css';

const forms = () => import('./StakeholderForm');
const StakeholderCreateForm = lazy(() =>
  forms().then((m) => ({ default: m.StakeholderCreateForm })),
);
const StakeholderEditForm = lazy(() => forms().then((m) => ({ default: m.StakeholderEditForm })));

/** "New stakeholder", for editors: records one and links to its page. */
export function NewStakeholder() {
  const s = useTranslations(stakeholderFormStrings);
  const canEdit = useCanEdit();
  const [created, setCreated] = useState<{ name: string; slug: string } | null>(null);
  if (!canEdit) return null;
  return (
    <div className="fm-new">
      <EditPanel label={s.add} title={s.addTitle}>
        {(close) => (
          <Suspense fallback={<Loading />}>
            <StakeholderCreateForm onDone={close} onCreated={setCreated} />
          </Suspense>
        )}
      </EditPanel>
      {created ? (
        <p role="status">
          <Link to={paths.stakeholder(created.slug)}>{s.created(created.name)}</Link>
        </p>
      ) : null}
    </div>
  );
}

/** "Edit this stakeholder", for editors. */
export function EditStakeholder({
  stakeholder,
}: {
  stakeholder: StakeholderDetail['stakeholder'];
}) {
  const s = useTranslations(stakeholderFormStrings);
  const canEdit = useCanEdit();
  if (!canEdit) return null;
  return (
    <EditPanel label={s.edit} title={s.editTitle(stakeholder.name)}>
      {(close) => (
        <Suspense fallback={<Loading />}>
          <StakeholderEditForm stakeholder={stakeholder} onDone={close} />
        </Suspense>
      )}
    </EditPanel>
  );
}
