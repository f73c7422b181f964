import { type DatePrecision, formatPartialDate, isoAtPrecision } from '@dossier/domain';
import { useLabels } from '../i18n';

/** A date shown at the precision it was recorded with ("August 2016", never "1 August 2016"). */
export function PartialDate({
  date,
  precision,
}: {
  date: string;
  precision?: DatePrecision | null;
}) {
  const t = useLabels();
  return (
    <time dateTime={isoAtPrecision(date, precision)}>
      {formatPartialDate(date, precision, t.locale)}
    </time>
  );
}
