// What the header's search box shows of `search.query`, and where each hit leads.
import type { RouterOutputs } from '@dossier/client';
import { paths } from '../../router';
import { teamAnchors } from '../notes/anchors';

export type SearchAnswer = RouterOutputs['search']['query'];
export type SearchGroup = SearchAnswer['groups'][number];
export type SearchHit = SearchGroup['items'][number];
export type TextPart = SearchHit['label'][number];

/**
 * Where a hit opens: a page of the dashboard (`to`, for the router), an address elsewhere
 * (`href`: a source's own page), or nothing (a source recorded without an address).
 * A position or an event has no page of its own: it opens the brief of its measure, where both
 * are listed.
 */
export type HitTarget = { to: string } | { href: string } | null;

export function hitTarget(hit: SearchHit): HitTarget {
  switch (hit.kind) {
    case 'measure':
      return { to: paths.measure(hit.slug) };
    case 'stakeholder':
      return { to: paths.stakeholder(hit.slug) };
    case 'position':
    case 'event':
      return { to: paths.measure(hit.measure.slug) };
    case 'source':
      return hit.url ? { href: hit.url } : null;
    // The team's words open the page they are on, at their section.
    case 'note':
      return { to: `${subjectPath(hit.subject)}#${teamAnchors.notes}` };
    case 'meeting':
      return hit.subject ? { to: `${subjectPath(hit.subject)}#${teamAnchors.meetings}` } : null;
  }
}

const subjectPath = (subject: { kind: 'measure' | 'stakeholder'; slug: string }) =>
  subject.kind === 'measure' ? paths.measure(subject.slug) : paths.stakeholder(subject.slug);

/** One line of the list: its element id, the hit and where it leads. */
export interface SearchOption {
  id: string;
  hit: SearchHit;
  target: HitTarget;
}

/** The non-empty groups, each hit with its option id, in the order the answer gives them. */
export function optionsOf(answer: SearchAnswer, idPrefix: string) {
  const groups: { group: SearchGroup; options: SearchOption[] }[] = [];
  const flat: SearchOption[] = [];
  for (const group of answer.groups) {
    if (group.items.length === 0) continue;
    const options = group.items.map((hit: SearchHit) => ({
      id: `${idPrefix}-${hit.kind}-${hit.id}`,
      hit,
      target: hitTarget(hit),
    }));
    groups.push({ group, options });
    flat.push(...options);
  }
  return { groups, flat };
}

/** Plain text of marked parts, for a name read out without its highlighting. */
export const plainText = (parts: readonly TextPart[]): string => parts.map((p) => p.text).join('');
