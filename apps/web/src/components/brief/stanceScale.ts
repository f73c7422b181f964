import { type Stance, stanceScale } from '@dossier/domain';
import type { StakeholderEntry } from '../../trpc';

export type ScaleStance = Exclude<Stance, 'unknown'>;

export interface ScalePlacement {
  /** The five steps from strong support to strong opposition, each with who stands there now. */
  steps: { stance: ScaleStance; entries: StakeholderEntry[] }[];
  /** Stakeholders whose stance is not known: apart, since they are not in the middle. */
  unknown: StakeholderEntry[];
}

const byName = (a: StakeholderEntry, b: StakeholderEntry) =>
  a.stakeholder.name.localeCompare(b.stakeholder.name);

/** Places each stakeholder on the step of its current stance, names in alphabetical order. */
export function placeOnScale(entries: readonly StakeholderEntry[]): ScalePlacement {
  const sorted = [...entries].sort(byName);
  return {
    steps: stanceScale.map((stance) => ({
      stance,
      entries: sorted.filter((e) => e.current.stance === stance),
    })),
    unknown: sorted.filter((e) => e.current.stance === 'unknown'),
  };
}

/** The id a stakeholder's card carries on the brief, so the scale can point at it. */
export const stakeholderAnchor = (entry: StakeholderEntry) => `stakeholder-${entry.stakeholder.id}`;
