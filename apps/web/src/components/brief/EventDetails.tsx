import { useLabels, useTranslations } from '../../i18n';
import { countryName } from '../stakeholders/countries';
import { shownIdentifier } from './identifiers';
import { briefText } from './text';
import type { TimelineEvent } from './timeline';

/** Who acted, the Member States concerned and the documents an event produced, where known. */
export function EventDetails({ event }: { event: TimelineEvent }) {
  const t = useLabels();
  const x = useTranslations(briefText);
  const { body, memberStates, documents } = event;
  return (
    <>
      {body ? (
        <p className="bf-event-meta">
          <span className="bf-label">
            {x.body}
            {x.colon}
          </span>
          {t.bodyKind[body.kind]}
          {/* "Council of the EU — Council of the EU" says nothing twice. */}
          {body.name && body.name !== t.bodyKind[body.kind] ? ` — ${body.name}` : null}
        </p>
      ) : null}
      {memberStates.length > 0 ? (
        <p className="bf-event-meta">
          <span className="bf-label">
            {x.memberStates}
            {x.colon}
          </span>
          {memberStates.map((code) => countryName(code, t.locale)).join(', ')}
        </p>
      ) : null}
      {documents.length > 0 ? <EventDocuments documents={documents} /> : null}
    </>
  );
}

function EventDocuments({ documents }: { documents: TimelineEvent['documents'] }) {
  const t = useLabels();
  const x = useTranslations(briefText);
  return (
    <div className="bf-event-meta">
      <span className="bf-label">
        {x.documents}
        {x.colon}
      </span>
      <ul className="bf-documents">
        {documents.map((d) => {
          const reference = <code>{shownIdentifier(d)}</code>;
          return (
            <li key={d.id}>
              {d.title ? `${d.title} — ` : null}
              <span className="bf-scheme">{t.identifierScheme[d.scheme]}</span>{' '}
              {d.url ? (
                <a href={d.url} rel="noopener noreferrer" target="_blank">
                  {reference}
                </a>
              ) : (
                reference
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
