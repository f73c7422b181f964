// Following what moves: what a person can watch, and the inputs of watching, the feed and the
// digest.
import { cursorSchema, limitSchema } from './paging';
import { oneLineText, urlSchema } from './text';
import { z } from './zod';

/** A measure, a stakeholder, a policy area, or a saved search (the schedule's text filter). */
export const watchKinds = ['measure', 'stakeholder', 'policy_area', 'search'] as const;
export type WatchKind = (typeof watchKinds)[number];

/**
 * What to watch: a measure (slug, id or identifier), a stakeholder (slug or id), a policy area
 * as written on the measures, or the text of a search. Removing takes the same pair.
 */
export const watchInput = z.object({
  kind: z.enum(watchKinds),
  target: oneLineText(200),
});
export type WatchData = z.output<typeof watchInput>;

/** Feed entries per page: the page lists the latest, "show more" reads on. */
export const feedPage = { default: 50, max: 200 } as const;

export const feedListInput = z
  .object({ limit: limitSchema(feedPage), cursor: cursorSchema })
  .prefault({});
export type FeedListQuery = z.output<typeof feedListInput>;

/** How far back a digest may reach: a year. */
export const maxDigestDays = 366;

const units = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/**
 * The start of a period, from `7d`, `24h`, `2w` or a date (`2026-11-01`, midnight UTC) before
 * `now`. Returns a message a person can act on when the text is none of these.
 */
export function parseSince(text: string, now: Date): { since: Date } | { problem: string } {
  const value = text.trim();
  const relative = /^(\d{1,4})\s*([hdw])$/i.exec(value);
  let since: Date | null = null;
  if (relative) {
    const unit = relative[2]!.toLowerCase() as keyof typeof units;
    since = new Date(now.getTime() - Number(relative[1]) * units[unit]);
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(day.getTime()) && day.toISOString().startsWith(value)) since = day;
  }
  if (!since) return { problem: notAPeriod(value) };
  if (since.getTime() >= now.getTime()) return { problem: 'the period must start in the past' };
  if (now.getTime() - since.getTime() > maxDigestDays * units.d)
    return { problem: `a digest reaches back at most ${maxDigestDays} days` };
  return { since };
}

const notAPeriod = (value: string) =>
  `"${value}" is not a period: write 7d, 24h, 2w or a date such as 2026-11-01`;

/**
 * A period's start as text. Only its form is checked here: whether it lies in the past is
 * checked against the server's clock (`parseSince`).
 */
export const sinceSchema = z
  .string()
  .trim()
  .min(1, 'give a period: 7d, 24h, 2w or a date such as 2026-11-01')
  .max(40, 'must be at most 40 characters')
  .superRefine((text, ctx) => {
    const parsed = parseSince(text, new Date('9999-12-31T00:00:00Z'));
    if ('problem' in parsed && parsed.problem === notAPeriod(text))
      ctx.addIssue({ code: 'custom', message: parsed.problem });
  });

/** A digest of what changed in what a person watches; admins may ask for someone else's. */
export const digestInput = z.object({
  since: sinceSchema,
  user: oneLineText(100).optional(),
  /** Where the dashboard is, for the links to briefs; relative links (`/measures/…`) without. */
  baseUrl: urlSchema.optional(),
});
export type DigestQuery = z.output<typeof digestInput>;
