// The event forms' buttons; the forms load when one is opened.
import { lazy, Suspense, useState } from 'react';
import { useCanEdit } from '../../../auth/session';
import { useTranslations } from '../../../i18n';
import type { TimelineEvent } from '../../../trpc';
import { Loading } from '../../states';
import { AddClaim } from '../claim';
import { EditPanel } from '../FormParts';
import { eventFormStrings } from './strings';
import '../forms.css';
import './controls.css';

const forms = () => import('./EventForm');
const EventCreateForm = lazy(() => forms().then((m) => ({ default: m.EventCreateForm })));
const EventEditForm = lazy(() => forms().then((m) => ({ default: m.EventEditForm })));

/** "Add an event" to a measure's timeline, for editors. */
export function AddEvent({ measureId }: { measureId: string }) {
  const e = useTranslations(eventFormStrings);
  const canEdit = useCanEdit();
  const [added, setAdded] = useState(false);
  if (!canEdit) return null;
  return (
    <div className="fm-new">
      <EditPanel label={e.add} title={e.addTitle}>
        {(close) => (
          <Suspense fallback={<Loading />}>
            <EventCreateForm measureId={measureId} onDone={close} onAdded={() => setAdded(true)} />
          </Suspense>
        )}
      </EditPanel>
      {added ? <p role="status">{e.added}</p> : null}
    </div>
  );
}

/** "Edit this event", for editors. */
export function EditEvent({ event }: { event: TimelineEvent }) {
  const e = useTranslations(eventFormStrings);
  const canEdit = useCanEdit();
  if (!canEdit) return null;
  return (
    <EditPanel label={e.edit} title={e.editTitle(event.title)}>
      {(close) => (
        <Suspense fallback={<Loading />}>
          <EventEditForm event={event} onDone={close} />
        </Suspense>
      )}
    </EditPanel>
  );
}

/** An event's controls for editors: edit it, add a claim on its date or result. */
export function EventControls({ event }: { event: TimelineEvent }) {
  const canEdit = useCanEdit();
  if (!canEdit) return null;
  return (
    <div className="fm-controls">
      <EditEvent event={event} />
      <AddClaim event={event} />
    </div>
  );
}
