// Facts that sources can dispute (an event's date, a vote's result, a measure's stage) are
// stored as claims, each with its own source. These rules decide, from the claims alone, what a
// record shows, whether it is disputed, and when the timeline contradicts the stage. The write
// path (which caches what is shown, for sorting and lists) and the brief use the same rules.
import type { DatePrecision, EventKind, Stage } from './enums';
import { isSideStage, type MainStage, stageIndex, stageShownBy } from './rules';

export interface ClaimBase {
  id: string;
  createdAt: string;
  preferred: boolean;
}

export interface DateClaimLike extends ClaimBase {
  date: string;
  datePrecision: DatePrecision;
}

export interface VoteResult {
  for: number | null;
  against: number | null;
  abstentions: number | null;
}

export interface ResultClaimLike extends ClaimBase, VoteResult {}

export interface StageClaimLike extends ClaimBase {
  stage: Stage;
  /** When the measure reached the stage, as the source has it. */
  date: string;
}

/** What a fact shows, whether its claims disagree, and the claim an editor preferred. */
export interface Resolution<C> {
  /** The claim whose value the record shows; null when there is no claim at all. */
  shown: C | null;
  /** Claims disagree and no editor has preferred one. */
  disputed: boolean;
  preferred: C | null;
}

/** Entry order: the first claim recorded comes first. */
const byEntry = <C extends ClaimBase>(claims: readonly C[]) =>
  [...claims].sort((a, b) =>
    a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.id < b.id ? -1 : 1,
  );

/**
 * Whether two partial dates can both be right: "2016-08" and "2016-08-23" can (the second
 * says more), "2016-08-22" and "2016-08-23" cannot.
 */
export function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** `a` lies wholly after `b`: "2017" after "2016-05", but "2016" not after "2016-05". */
export function whollyAfter(a: string, b: string): boolean {
  return !datesAgree(a, b) && a > b;
}

/**
 * The general rule: a preferred claim settles the fact; otherwise claims that can all be right
 * show the one that says most, and claims that cannot are disputed and show the first recorded
 * (so a later, conflicting claim never moves what the record showed without an editor).
 */
function resolve<C extends ClaimBase>(
  claims: readonly C[],
  agree: (a: C, b: C) => boolean,
  completeness: (c: C) => number,
): Resolution<C> {
  const ordered = byEntry(claims);
  const preferred = ordered.find((c) => c.preferred) ?? null;
  if (preferred) return { shown: preferred, disputed: false, preferred };
  const disputed = ordered.some((a, i) => ordered.slice(i + 1).some((b) => !agree(a, b)));
  if (disputed) return { shown: ordered[0] ?? null, disputed, preferred: null };
  let shown: C | null = null;
  for (const c of ordered) if (!shown || completeness(c) > completeness(shown)) shown = c;
  return { shown, disputed: false, preferred: null };
}

/** The date an event shows, from its date claims. */
export function resolveDate<C extends DateClaimLike>(claims: readonly C[]): Resolution<C> {
  return resolve(
    claims,
    (a, b) => datesAgree(a.date, b.date),
    (c) => c.date.length,
  );
}

const counts = ['for', 'against', 'abstentions'] as const;

/** Two results agree when every count both give is the same. */
export function resultsAgree(a: VoteResult, b: VoteResult): boolean {
  return counts.every((k) => a[k] === null || b[k] === null || a[k] === b[k]);
}

/** The result a vote shows, from its result claims. */
export function resolveResult<C extends ResultClaimLike>(claims: readonly C[]): Resolution<C> {
  return resolve(claims, resultsAgree, (c) => counts.filter((k) => c[k] !== null).length);
}

/** Main stages by their place on the track; a side stage ends the procedure, so it comes last. */
function rank(stage: Stage): number {
  return isSideStage(stage) ? 1000 : stageIndex(stage);
}

/**
 * Whether two stage claims cannot both be right. Stage claims form a history, so "proposal in
 * 2016" and "negotiation in 2017" agree; they conflict when the track would go back (adopted in
 * May, in negotiation in June), when anything follows the end of a procedure (withdrawn in
 * 2017, in negotiation in 2018), or when two different ends are claimed.
 */
export function stageClaimsConflict(a: StageClaimLike, b: StageClaimLike): boolean {
  if (a.stage === b.stage) return false;
  if (isSideStage(a.stage) && isSideStage(b.stage)) return true;
  if (datesAgree(a.date, b.date)) return false;
  const [earlier, later] = a.date < b.date ? [a, b] : [b, a];
  if (isSideStage(earlier.stage)) return true;
  return rank(later.stage) < rank(earlier.stage);
}

export interface StageResolution<C> extends Resolution<C> {
  /** Claims a preferred claim contradicts: set aside by the editor's choice, still shown. */
  setAside: C[];
}

/**
 * The stage a measure shows: the furthest stage its claims reach (a procedure does not go
 * back), among the claims the preferred one does not contradict. So a preference settles a
 * dispute without freezing the stage: a later claim further along still moves it on.
 */
export function resolveStage<C extends StageClaimLike>(claims: readonly C[]): StageResolution<C> {
  const ordered = byEntry(claims);
  const preferred = ordered.find((c) => c.preferred) ?? null;
  const setAside = preferred
    ? ordered.filter((c) => c !== preferred && stageClaimsConflict(c, preferred))
    : [];
  const standing = ordered.filter((c) => !setAside.includes(c));
  const disputed = standing.some((a, i) =>
    standing.slice(i + 1).some((b) => stageClaimsConflict(a, b)),
  );
  let shown: C | null = null;
  for (const c of standing) {
    if (
      !shown ||
      rank(c.stage) > rank(shown.stage) ||
      (rank(c.stage) === rank(shown.stage) && c.date >= shown.date)
    )
      shown = c;
  }
  return { shown, disputed, preferred, setAside };
}

/** An event the stage can be checked against: one that has happened and is not unconfirmed. */
export interface StageEvidence {
  id: string;
  kind: EventKind;
  date: string;
}

export interface StageWarning {
  current: Stage;
  suggested: Stage;
  /** The event that shows the suggested stage. */
  because: string;
}

const earliest = (events: readonly StageEvidence[]) =>
  events.reduce<StageEvidence | undefined>((a, e) => (!a || e.date < a.date ? e : a), undefined);

/**
 * Where the timeline contradicts the stage: a published withdrawal on a measure not shown as
 * withdrawn, or an event further along the track than the stage (an entry into force on a
 * measure shown as adopted, an application date passed on one shown as in force). Pass only
 * events that have happened and are confirmed. A measure without a stage, or one that left the
 * track otherwise (rejected, lapsed), is not second-guessed beyond a published withdrawal.
 */
export function stageWarning(
  current: Stage | null,
  evidence: readonly StageEvidence[],
): StageWarning | null {
  if (current === null) return null;
  const withdrawal = earliest(evidence.filter((e) => e.kind === 'withdrawal_published'));
  if (withdrawal)
    return current === 'withdrawn'
      ? null
      : { current, suggested: 'withdrawn', because: withdrawal.id };
  if (isSideStage(current)) return null;
  let furthest: MainStage | undefined;
  for (const e of evidence) {
    const shown = stageShownBy[e.kind];
    if (shown && (!furthest || stageIndex(shown) > stageIndex(furthest))) furthest = shown;
  }
  if (!furthest || stageIndex(furthest) <= stageIndex(current)) return null;
  const because = earliest(evidence.filter((e) => stageShownBy[e.kind] === furthest));
  return because ? { current, suggested: furthest, because: because.id } : null;
}
