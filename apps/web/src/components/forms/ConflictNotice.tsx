// What changed while someone was editing: the record as the form read it, as it is now, and the
// person's own edit, field by field, with a way to re-apply the edit on the current version.
import { useTranslations } from '../../i18n';
import { formStrings } from './strings';

export interface ConflictField {
  key: string;
  label: string;
  /** The value when the form was opened. */
  base: string;
  /** The value now stored. */
  now: string;
  /** The value in the form. */
  mine: string;
}

/** The fields where someone else changed the record, or where the person's edit lies. */
export const conflictRows = (fields: readonly ConflictField[]) =>
  fields.filter((field) => field.base !== field.now || field.mine !== field.base);

export function ConflictNotice({
  fields,
  onReapply,
  onDiscard,
}: {
  fields: readonly ConflictField[];
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const f = useTranslations(formStrings);
  const c = f.conflict;
  const shown = (value: string) => (value === '' ? <i>{c.empty}</i> : value);
  return (
    <div className="fm-conflict" role="alert">
      <p className="fm-conflict-title">
        <strong>{c.title}</strong>
      </p>
      <p>{c.intro}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{c.field}</th>
            <th scope="col">{c.before}</th>
            <th scope="col">{c.now}</th>
            <th scope="col">{c.yours}</th>
          </tr>
        </thead>
        <tbody>
          {conflictRows(fields).map((field) => (
            <tr key={field.key}>
              <th scope="row">{field.label}</th>
              <td>{shown(field.base)}</td>
              <td className={field.now !== field.base ? 'fm-changed' : undefined}>
                {shown(field.now)}
              </td>
              <td className={field.mine !== field.base ? 'fm-changed' : undefined}>
                {shown(field.mine)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="fm-actions">
        <button type="button" className="fm-primary" onClick={onReapply}>
          {c.reapply}
        </button>
        <button type="button" onClick={onDiscard}>
          {c.discard}
        </button>
      </div>
    </div>
  );
}
