import { useLabels, useTranslations } from '../../i18n';
import type { Brief } from '../../trpc';
import { DisputedBadge } from '../badges';
import { WatchButton } from '../following/WatchButton';
import { EditMeasure } from '../forms/measure';
import { ChangeStage } from '../forms/stage';
import { PartialDate } from '../PartialDate';
import type { SourceIndex } from '../SourceRef';
import { Identifiers } from './Identifiers';
import { StageClaims } from './StageClaims';
import { StageTrack } from './StageTrack';
import { StageWarning } from './StageWarning';
import { briefText } from './text';
import { latestAndNext, type TimelineEvent } from './timeline';

/**
 * Title, where the procedure stands, and the facts a reader looks up first; for an editor, the
 * buttons to edit the measure and to record a change of stage.
 */
export function BriefHeader({ brief, sources }: { brief: Brief; sources: SourceIndex }) {
  const t = useLabels();
  const x = useTranslations(briefText);
  const { measure, identifiers, timeline } = brief;
  // The first page of the timeline holds the latest and the next events, whatever its length.
  const { latest, next } = latestAndNext(timeline.items);
  return (
    <header className="bf-header">
      <div className="bf-title-row">
        <h1>{measure.title}</h1>
        <button type="button" className="bf-print" onClick={() => window.print()}>
          {x.print}
        </button>
        <WatchButton kind="measure" target={measure.id} />
      </div>
      <EditMeasure brief={brief} />
      <div className="bf-stage-row">
        <StageTrack stage={measure.stage} leftAfter={brief.stageReached} />
        <StageClaims fact={brief.stage} sources={sources} />
      </div>
      <ChangeStage measureId={measure.id} fact={brief.stage} />
      {brief.stageWarning ? (
        <StageWarning measure={measure} warning={brief.stageWarning} events={timeline.items} />
      ) : null}
      <dl className="bf-facts" aria-label={x.facts}>
        <div className="bf-fact-short">
          <dt>{t.ui.kind}</dt>
          <dd>{t.kind[measure.kind]}</dd>
        </div>
        <div className="bf-fact-short">
          <dt>{t.ui.jurisdiction}</dt>
          <dd>{measure.jurisdiction}</dd>
        </div>
        <div>
          <dt>{t.ui.brief.identifiers}</dt>
          <dd>
            <Identifiers identifiers={identifiers} sources={sources} />
          </dd>
        </div>
        <div>
          <dt>{t.ui.brief.policyAreas}</dt>
          <dd>
            {measure.policyAreas.length > 0 ? (
              <ul className="tags">
                {measure.policyAreas.map((area) => (
                  <li key={area} className="tag">
                    {area}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="bf-none">{x.noPolicyAreas}</span>
            )}
          </dd>
        </div>
        <div className="bf-fact-wide">
          <dt>{x.latest}</dt>
          <dd>{latest ? <EventLine event={latest} /> : t.ui.noEventYet}</dd>
        </div>
        <div className="bf-fact-wide">
          <dt>{x.next}</dt>
          <dd>{next ? <EventLine event={next} /> : x.nothingScheduled}</dd>
        </div>
      </dl>
    </header>
  );
}

/** An event in one line; a disputed one says so, as the timeline below shows why. */
function EventLine({ event }: { event: TimelineEvent }) {
  return (
    <>
      <PartialDate date={event.date} precision={event.datePrecision} />
      {' — '}
      {event.title}
      {event.disputed ? (
        <>
          {' '}
          <DisputedBadge />
        </>
      ) : null}
    </>
  );
}
