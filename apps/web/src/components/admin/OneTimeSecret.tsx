import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from '../../i18n';
import { adminStrings } from './strings';

/**
 * A secret the server gives once (a sign-in link, a token): shown until closed, with a copy
 * button and the warning that it will not be shown again. The keyboard lands on it when it
 * appears, so a screen reader hears it.
 */
export function OneTimeSecret({
  title,
  intro,
  label,
  value,
  onDone,
}: {
  title: string;
  intro: string;
  label: string;
  value: string;
  onDone: () => void;
}) {
  const x = useTranslations(adminStrings);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const copyValue = () => {
    const failed = () => {
      setCopy('failed');
      field.current?.select();
    };
    if (!navigator.clipboard) return failed();
    navigator.clipboard.writeText(value).then(() => setCopy('copied'), failed);
  };

  return (
    <section className="one-time" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p>{intro}</p>
      <div className="one-time-value">
        <label htmlFor={`${id}-value`} className="visually-hidden">
          {label}
        </label>
        <input
          id={`${id}-value`}
          ref={field}
          readOnly
          value={value}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={copyValue}>
          {copy === 'copied' ? x.once.copied : x.once.copy}
        </button>
      </div>
      <p className="one-time-warning">
        <strong>{x.once.warning}</strong>
      </p>
      <p role="status" className="one-time-copy-status">
        {copy === 'failed' ? x.once.copyFailed : copy === 'copied' ? x.once.copied : ''}
      </p>
      <button type="button" onClick={onDone}>
        {x.once.done}
      </button>
    </section>
  );
}
