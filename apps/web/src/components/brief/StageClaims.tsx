import { useLabels, useTranslations } from '../../i18n';
import type { Brief } from '../../trpc';
import { StageBadge } from '../badges';
import { PartialDate } from '../PartialDate';
import type { SourceIndex } from '../SourceRef';
import { FactClaims } from './FactClaims';
import { briefText } from './text';

/**
 * Beside the stage track: the stage claims when sources disagree (each stage, since when, and
 * who says so), or the claim an editor preferred and why. Nothing when the claims agree.
 */
export function StageClaims({ fact, sources }: { fact: Brief['stage']; sources: SourceIndex }) {
  const t = useLabels();
  const x = useTranslations(briefText);
  return (
    <FactClaims
      fact={fact}
      label={t.ui.stage}
      disputedLabel={x.stageDisputed}
      show={(c) => (
        <>
          <StageBadge stage={c.stage} /> <PartialDate date={c.date} precision={c.datePrecision} />
        </>
      )}
      sources={sources}
      setAside={fact.setAside}
    />
  );
}
