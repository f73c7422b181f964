// Which view of a record the address asks for: the brief (default), its history
// (`?view=history`), or the brief as it stood at a past moment (`?asOf=2019-01-01`).
import { asOfInstant } from '@dossier/domain';
import { useSearchParams } from '../../router';

export interface SubjectView {
  history: boolean;
  /** A day or a timestamp the server can read; null for today (an unreadable one too). */
  asOf: string | null;
}

export function useSubjectView(): SubjectView {
  const [params] = useSearchParams();
  const asOf = params.get('asOf')?.trim() || null;
  return {
    history: params.get('view') === 'history',
    asOf: asOf && asOfInstant(asOf) ? asOf : null,
  };
}

export const historyAddress = (path: string) => `${path}?view=history`;
export const asOfAddress = (path: string, day: string) => `${path}?asOf=${encodeURIComponent(day)}`;
