// Following what moves: what a person can watch, and the inputs of watching and the feed.

/** A measure, a stakeholder, a policy area, or a saved search (the schedule's text filter). */
export const watchKinds = ['measure', 'stakeholder', 'policy_area', 'search'] as const;
export type WatchKind = (typeof watchKinds)[number];
