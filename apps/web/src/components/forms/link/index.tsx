// The link forms' buttons; the forms load when one is opened.
import { lazy, Suspense, useState } from 'react';
import { useCanEdit } from '../../../auth/session';
import { useTranslations } from '../../../i18n';
import type { Brief } from '../../../trpc';
import { Loading } from '../../states';
import { EditPanel } from '../FormParts';
import { linkFormStrings } from './strings';
import '../forms.css';
import '../event/controls.css';

const forms = () => import('./LinkForm');
const LinkCreateForm = lazy(() => forms().then((m) => ({ default: m.LinkCreateForm })));
const LinkEditForm = lazy(() => forms().then((m) => ({ default: m.LinkEditForm })));

/** "Link a measure", for editors. */
export function AddLink({ measureId }: { measureId: string }) {
  const l = useTranslations(linkFormStrings);
  const canEdit = useCanEdit();
  const [added, setAdded] = useState(false);
  if (!canEdit) return null;
  return (
    <div className="fm-new">
      <EditPanel label={l.add} title={l.addTitle}>
        {(close) => (
          <Suspense fallback={<Loading />}>
            <LinkCreateForm measureId={measureId} onDone={close} onAdded={() => setAdded(true)} />
          </Suspense>
        )}
      </EditPanel>
      {added ? <p role="status">{l.added}</p> : null}
    </div>
  );
}

/** "Edit this link", for editors, on a link this measure holds. */
export function EditLink({
  link,
  measureId,
}: {
  link: Brief['related'][number];
  measureId: string;
}) {
  const l = useTranslations(linkFormStrings);
  const canEdit = useCanEdit();
  if (!canEdit || link.direction !== 'outgoing') return null;
  return (
    <EditPanel label={l.edit} title={l.editTitle(link.measure.title)}>
      {(close) => (
        <Suspense fallback={<Loading />}>
          <LinkEditForm link={link} measureId={measureId} onDone={close} />
        </Suspense>
      )}
    </EditPanel>
  );
}
