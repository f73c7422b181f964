// On a brief: "Ana is editing this measure", while a teammate has its edit form open.
import { useSession } from '../../auth/session';
import { useTranslations } from '../../i18n';
import { useOthersEditing } from './presence';
import { liveStrings } from './strings';
import './live.css';

export function EditingBanner({ measureId }: { measureId: string }) {
  const p = useTranslations(liveStrings);
  const { user } = useSession();
  const others = useOthersEditing(measureId, user?.name ?? null);
  if (others.length === 0) return null;
  return (
    <p className="live-editing" role="status">
      {p.editing(others)}
    </p>
  );
}
