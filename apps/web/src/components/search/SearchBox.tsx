// The search box in the header, on every page: results as you type, grouped by kind, each with
// the passage that matched. Keyboard use follows the ARIA combobox pattern: focus stays in the
// box, the arrows move through the results (aria-activedescendant), Enter opens one, Escape
// closes the list. `/` anywhere but in a field puts the cursor in the box.
import { keepPreviousData } from '@tanstack/react-query';
import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useLocation } from 'wouter';
import { stageName, useLabels } from '../../i18n';
import { Link } from '../../router';
import { isAnswered, trpc } from '../../trpc';
import { PartialDate } from '../PartialDate';
import { useDebounced } from '../useDebounced';
import { optionsOf, type SearchHit, type SearchOption, type TextPart } from './hits';
import './search.css';

/** How long typing must pause before the box asks the server. */
export const searchDelayMs = 200;
/** Results of each kind the box lists. */
const perKind = 5;

/** Whether a key pressed there is typing (where `/` is a slash, not the shortcut). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, [contenteditable]') !== null
  );
}

/** Text with its matches in <mark>, as the API marked them. */
export function Marked({ parts }: { parts: readonly TextPart[] }) {
  let at = 0;
  const keyed = parts.map((p) => {
    const key = at;
    at += p.text.length;
    return { ...p, key };
  });
  return (
    <>
      {keyed.map((p) =>
        p.match ? <mark key={p.key}>{p.text}</mark> : <span key={p.key}>{p.text}</span>,
      )}
    </>
  );
}

function Meta({ items }: { items: ReactNode[] }) {
  return (
    <span className="search-meta">
      {items.filter(Boolean).map((item, i) => (
        <span key={i} className="search-meta-item">
          {item}
        </span>
      ))}
    </span>
  );
}

function HitLines({ hit }: { hit: SearchHit }) {
  const t = useLabels();
  const s = t.ui.search;
  let meta: ReactNode[];
  switch (hit.kind) {
    case 'measure':
      meta = [t.kind[hit.measureKind], hit.jurisdiction, stageName(t, hit.stage)];
      break;
    case 'stakeholder':
      meta = [t.category[hit.category], hit.country];
      break;
    case 'position':
      meta = [t.stance[hit.stance], s.onMeasure(hit.measure.title)];
      break;
    case 'event':
      meta = [
        t.eventKind[hit.eventKind],
        <PartialDate key="date" date={hit.date} precision={hit.datePrecision} />,
        s.onMeasure(hit.measure.title),
      ];
      break;
    case 'source':
      meta = [t.sourceKind[hit.sourceKind], hit.publisher, hit.url ? null : s.noLink];
      break;
    case 'note':
      meta = [
        s.onMeasure(hit.subject.label),
        hit.author,
        <PartialDate key="date" date={hit.createdAt.slice(0, 10)} precision="day" />,
      ];
      break;
    case 'meeting':
      meta = [
        <PartialDate key="date" date={hit.heldOn} />,
        hit.subject ? s.onMeasure(hit.subject.label) : null,
      ];
      break;
  }
  return (
    <>
      <span className="search-label">
        <Marked parts={hit.label} />
        {hit.kind === 'measure' && hit.matchedBy === 'identifier' ? (
          <span className="badge search-exact">{s.exactIdentifier}</span>
        ) : null}
      </span>
      <Meta items={meta} />
      {hit.snippet ? (
        <span className="search-snippet">
          <Marked parts={hit.snippet.parts} />
        </span>
      ) : null}
    </>
  );
}

function Option({
  option,
  active,
  onOpen,
}: {
  option: SearchOption;
  active: boolean;
  onOpen: () => void;
}) {
  const common = {
    id: option.id,
    role: 'option',
    'aria-selected': active,
    // Focus stays in the box: the arrows move the active option, not the focus.
    tabIndex: -1,
    className: active ? 'search-option is-active' : 'search-option',
  } as const;
  const { target } = option;
  if (target && 'to' in target)
    return (
      <Link to={target.to} {...common} onClick={onOpen}>
        <HitLines hit={option.hit} />
      </Link>
    );
  if (target)
    return (
      <a href={target.href} rel="noreferrer" {...common} onClick={onOpen}>
        <HitLines hit={option.hit} />
      </a>
    );
  return (
    <div {...common} aria-disabled="true">
      <HitLines hit={option.hit} />
    </div>
  );
}

export function SearchBox() {
  const t = useLabels();
  const s = t.ui.search;
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLElement>(null);
  /** What had the focus before `/` took it, for Escape to give it back. */
  const before = useRef<HTMLElement | null>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [, navigate] = useLocation();

  const typed = text.trim();
  const q = useDebounced(typed, searchDelayMs);
  const search = trpc.search.query.useQuery(
    { q, limit: perKind },
    { enabled: q !== '', placeholderData: keepPreviousData, staleTime: 10_000 },
  );
  const answer = q === '' ? undefined : search.data;
  const { groups, flat } = useMemo(
    () => (answer ? optionsOf(answer, id) : { groups: [], flat: [] }),
    [answer, id],
  );
  const activeIndex = flat.findIndex((o) => o.id === activeId);
  const active = activeIndex >= 0 ? flat[activeIndex] : undefined;
  const settled = typed === q && !search.isPlaceholderData && !search.isFetching;
  const shown = open && typed !== '';
  const expanded = shown && flat.length > 0;

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (isTyping(e.target)) return;
      e.preventDefault();
      const focused = document.activeElement;
      before.current = focused instanceof HTMLElement && focused !== document.body ? focused : null;
      input.current?.focus();
      input.current?.select();
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // The active option stays in view as the arrows move through a list taller than the popup.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const close = useCallback(() => {
    setOpen(false);
    setActiveId(null);
  }, []);

  /** After a result is opened: the box empties, and the focus goes to the page it opened. */
  const opened = useCallback(() => {
    close();
    setText('');
    before.current = null;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [close]);

  const openOption = (option: SearchOption | undefined): boolean => {
    const target = option?.target;
    if (!target) return false;
    if ('to' in target) navigate(target.to);
    else window.location.assign(target.href);
    opened();
    return true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        setOpen(true);
        if (flat.length === 0) return;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        const from = activeIndex < 0 ? (step === 1 ? -1 : flat.length) : activeIndex;
        setActiveId(flat[(from + step + flat.length) % flat.length]!.id);
        return;
      }
      case 'Enter': {
        // Nothing chosen: a reference typed whole opens the measure it names.
        const exact =
          answer?.identifier &&
          flat[0]?.hit.kind === 'measure' &&
          flat[0].hit.matchedBy === 'identifier'
            ? flat[0]
            : undefined;
        if (shown && openOption(active ?? (typed === q ? exact : undefined))) e.preventDefault();
        return;
      }
      case 'Escape': {
        if (shown) {
          e.preventDefault();
          close();
          const back = before.current;
          before.current = null;
          if (back?.isConnected) back.focus();
        } else if (text) {
          e.preventDefault();
          setText('');
        }
        return;
      }
    }
  };

  let status: ReactNode = null;
  if (search.isError && typed === q) {
    status = (
      <>
        <span>{isAnswered(search.error) ? s.failed(search.error.message) : s.unreachable}</span>{' '}
        <button type="button" className="search-retry" onClick={() => void search.refetch()}>
          {s.retry}
        </button>
      </>
    );
  } else if (!settled) {
    status = s.searching;
  } else if (answer && flat.length === 0) {
    status = (
      <>
        <strong>{s.empty(typed)}</strong> {s.emptyHint}
      </>
    );
  } else if (answer) {
    status = s.found(flat.length);
  }

  return (
    <search
      ref={root}
      className="site-search"
      aria-label={s.label}
      onBlur={(e) => {
        if (!root.current?.contains(e.relatedTarget as Node | null)) close();
      }}
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {s.label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        className="search-input"
        aria-expanded={expanded}
        aria-controls={shown ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active ? active.id : undefined}
        aria-describedby={hintId}
        placeholder={s.placeholder}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={200}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActiveId(null);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {text === '' ? (
        <span className="search-key" aria-hidden="true">
          /
        </span>
      ) : null}
      <span id={hintId} className="visually-hidden">
        {s.instructions}
      </span>
      {shown ? (
        // A click in the popup leaves the focus in the box, so the list is still there to click.
        // biome-ignore lint/a11y/noStaticElementInteractions: keeps the focus, is no control itself
        <div className="search-popup" onMouseDown={(e) => e.preventDefault()}>
          <p className="search-status" role="status" aria-busy={!settled}>
            {status}
          </p>
          {answer?.identifier && flat.length > 0 ? (
            <p className="search-identifier">{s.identifier(answer.identifier.canonical)}</p>
          ) : null}
          <div
            role="listbox"
            id={listId}
            aria-label={s.results}
            className="search-list"
            hidden={flat.length === 0}
          >
            {groups.map(({ group, options }) => (
              // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role=group
              <div
                role="group"
                key={group.kind}
                aria-label={s.kinds[group.kind]}
                className="search-group"
              >
                <div className="search-group-title" aria-hidden="true">
                  {s.kinds[group.kind]}{' '}
                  <span className="search-group-count">
                    {s.shownOf(options.length, group.total)}
                  </span>
                </div>
                {options.map((option) => (
                  <Option
                    key={option.id}
                    option={option}
                    active={option.id === active?.id}
                    onOpen={opened}
                  />
                ))}
              </div>
            ))}
          </div>
        </div>
      ) : null}
    </search>
  );
}
