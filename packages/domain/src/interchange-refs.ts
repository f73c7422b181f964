// Which keys a record of the interchange file answers to, and which keys it names. A dry run
// sent in several calls uses both: a record naming one that an earlier call would have created
// is not refused for want of it (`assume` of `dataset.import`).
import { type AssumedKeys, utf8Length } from './dataset';
import { detectIdentifier, parseIdentifier } from './identifiers';
import { type InterchangeData, type InterchangeSection, interchangeSections } from './interchange';

export type KeyKind = keyof AssumedKeys;

export interface KeyRef {
  kind: KeyKind;
  key: string;
}

/** The forms a measure ref may match by: as written, and its canonical identifier form. */
export function measureRefForms(ref: string): string[] {
  const detected = detectIdentifier(ref);
  return detected ? [ref, detected.canonical] : [ref];
}

/** The keys other records may name this one by, once it is imported. */
export function keysOf<S extends InterchangeSection>(
  section: S,
  record: InterchangeData<S>,
): KeyRef[] {
  switch (section) {
    case 'sources':
      return [{ kind: 'sources', key: (record as InterchangeData<'sources'>).key }];
    case 'persons':
    case 'organizations':
      return [{ kind: 'stakeholders', key: (record as InterchangeData<'persons'>).id }];
    case 'informationSystems':
      return [{ kind: 'systems', key: (record as InterchangeData<'informationSystems'>).slug }];
    case 'measures': {
      const m = record as InterchangeData<'measures'>;
      const identifiers = (m.identifiers ?? []).flatMap((i) => {
        const parsed = parseIdentifier(i.scheme, i.value);
        return parsed.ok ? [i.value, parsed.canonical] : [i.value];
      });
      return [m.slug, ...identifiers].map((key) => ({ kind: 'measures', key }));
    }
    default:
      return [];
  }
}

/** Every key the record names, by kind. */
export function referencesOf<S extends InterchangeSection>(
  section: S,
  record: InterchangeData<S>,
): KeyRef[] {
  const refs: KeyRef[] = [];
  const source = (key: string | null | undefined) => {
    if (key) refs.push({ kind: 'sources', key });
  };
  const stakeholder = (key: string | null | undefined) => {
    if (key) refs.push({ kind: 'stakeholders', key });
  };
  const measure = (key: string) => refs.push({ kind: 'measures', key });
  switch (section) {
    case 'persons':
      source((record as InterchangeData<'persons'>).source);
      break;
    case 'organizations': {
      const o = record as InterchangeData<'organizations'>;
      source(o.source);
      stakeholder(o.parent_id);
      break;
    }
    case 'memberships': {
      const m = record as InterchangeData<'memberships'>;
      stakeholder(m.person_id);
      stakeholder(m.organization_id);
      break;
    }
    case 'measures': {
      const m = record as InterchangeData<'measures'>;
      source(m.source);
      for (const i of m.identifiers ?? []) source(i.source);
      for (const c of m.stageClaims ?? []) source(c.source);
      for (const e of m.events ?? []) {
        source(e.source);
        for (const c of e.dateClaims) source(c.source);
        for (const c of e.resultClaims ?? []) source(c.source);
      }
      break;
    }
    case 'positions': {
      const p = record as InterchangeData<'positions'>;
      measure(p.measure);
      stakeholder(p.stakeholder);
      source(p.source);
      break;
    }
    case 'links': {
      const l = record as InterchangeData<'links'>;
      measure(l.from);
      measure(l.to);
      source(l.source);
      break;
    }
    case 'measureSystems': {
      const l = record as InterchangeData<'measureSystems'>;
      measure(l.measure);
      refs.push({ kind: 'systems', key: l.system });
      source(l.source);
      break;
    }
    case 'notes': {
      const n = record as InterchangeData<'notes'>;
      if (n.subjectKind === 'measure') measure(n.subject);
      else stakeholder(n.subject);
      break;
    }
    case 'meetings': {
      const m = record as InterchangeData<'meetings'>;
      for (const s of m.stakeholders ?? []) stakeholder(s);
      for (const key of m.measures ?? []) measure(key);
      break;
    }
  }
  return refs;
}

/** Whether a top-level field of an interchange file is one of its sections. */
export const isInterchangeSection = (name: string): name is InterchangeSection =>
  (interchangeSections as readonly string[]).includes(name);

/**
 * What identifies a record within its section, so that an importer (the CLI, the dashboard)
 * refuses the same record given twice in one file; null for a record that is not an object.
 */
export function recordIdentity(
  section: InterchangeSection,
  record: unknown,
): [string, string] | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Record<string, unknown>;
  switch (section) {
    case 'sources':
    case 'positions':
    case 'notes':
    case 'meetings':
      return ['key', String(r.key)];
    case 'persons':
    case 'organizations':
      return ['id', String(r.id)];
    case 'memberships':
      return ['person_id', String(r.person_id)];
    case 'informationSystems':
    case 'measures':
      return ['slug', String(r.slug)];
    case 'links':
      return ['to', `${r.from} ${r.relation} ${r.to}`];
    case 'measureSystems':
      return ['system', `${r.measure} ${r.action} ${r.system}`];
  }
}

/** What a record adds to the body of a `dataset.import` request: its JSON and its envelope. */
export const importRequestBytes = (record: unknown) =>
  utf8Length(JSON.stringify(record) ?? 'null') + 64;
