import { type FocusEvent, type KeyboardEvent, useEffect, useRef } from 'react';

export interface MenuOption {
  value: string;
  label: string;
  count?: number;
}

/**
 * A compact multiple choice: a disclosure (native <details>) whose summary names what is chosen,
 * holding a group of checkboxes. Escape, a click elsewhere or tabbing out closes it.
 */
export function CheckboxMenu({
  label,
  allLabel,
  options,
  selected,
  onToggle,
}: {
  label: string;
  allLabel: string;
  options: MenuOption[];
  selected: readonly string[];
  onToggle: (value: string, on: boolean) => void;
}) {
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      const menu = ref.current;
      if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const menu = ref.current;
    if (event.key !== 'Escape' || !menu?.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  };

  // Tabbing out of the open menu closes it, so it does not hang over the board.
  const onBlur = (event: FocusEvent) => {
    const menu = ref.current;
    if (menu?.open && !menu.contains(event.relatedTarget as Node | null)) menu.open = false;
  };

  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value;
  const chosen = selected.length === 0 ? allLabel : selected.map(labelOf).join(', ');

  return (
    <details className="schedule-menu" ref={ref} onKeyDown={onKeyDown} onBlur={onBlur}>
      <summary>
        <span className="schedule-field-label">{label}</span>
        <span className="schedule-menu-value">{chosen}</span>
      </summary>
      <fieldset className="schedule-menu-panel">
        <legend className="visually-hidden">{label}</legend>
        {options.map((o) => (
          <label key={o.value} className="schedule-menu-option">
            <input
              type="checkbox"
              checked={selected.includes(o.value)}
              onChange={(e) => onToggle(o.value, e.target.checked)}
            />
            <span>{o.label}</span>
            {o.count !== undefined ? <span className="schedule-menu-count">{o.count}</span> : null}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
