// Pure text for people and tokens: the tables of `user list` and `token list`, and what `user add`,
// `user link` and `token create` print once (a link or a secret no one can show again).
import type { RouterOutputs } from '@dossier/client';
import { countOf, roles } from '@dossier/domain';
import { columns, truncate } from './format';

type User = RouterOutputs['users']['list'][number];
type Token = RouterOutputs['tokens']['list'][number];
type Link = RouterOutputs['users']['link']['link'];

export type UserRow = Pick<User, 'name' | 'role' | 'hasPassword' | 'lastSignInAt'>;
export type TokenRow = Pick<
  Token,
  'id' | 'label' | 'role' | 'createdBy' | 'createdAt' | 'lastUsedAt' | 'revokedAt'
>;

const moment = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** "29 Nov 2026 20:07 UTC": a stored instant, the same wherever the command runs. */
export const formatMoment = (iso: string): string =>
  `${moment.format(new Date(iso)).replace(',', '')} UTC`;

const table = (header: string[], body: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  return columns([header, ...body], widths).join('\n');
};

export function formatUserTable(users: readonly UserRow[]): string {
  if (users.length === 0) return 'No one can sign in yet.\n';
  const body = users.map((u) => [
    u.name,
    u.role,
    u.hasPassword ? 'set' : 'not set',
    u.lastSignInAt ? formatMoment(u.lastSignInAt) : 'never',
  ]);
  const count = countOf(users.length, 'en-GB', 'person', 'people');
  return `${table(['NAME', 'ROLE', 'PASSWORD', 'LAST SIGN-IN'], body)}\n\n${count}\n`;
}

const labelWidth = 40;

export function formatTokenTable(tokens: readonly TokenRow[]): string {
  if (tokens.length === 0)
    return `No API tokens yet: an admin makes one with \`pnpm dossier token create <label> --role ${roles.join('|')}\`.\n`;
  const body = tokens.map((t) => [
    String(t.id),
    truncate(t.label, labelWidth),
    t.role,
    t.createdBy,
    formatMoment(t.createdAt),
    t.lastUsedAt ? formatMoment(t.lastUsedAt) : 'never',
    t.revokedAt ? formatMoment(t.revokedAt) : '-',
  ]);
  const header = ['ID', 'LABEL', 'ROLE', 'CREATED BY', 'CREATED', 'LAST USED', 'REVOKED'];
  const live = tokens.filter((t) => !t.revokedAt).length;
  const count = `${countOf(tokens.length, 'en-GB', 'token', 'tokens')}, ${live} live`;
  return `${table(header, body)}\n\n${count}\n`;
}

/** The link's full address: the path the server answers, on the address the CLI reached it at. */
export const linkUrl = (serverUrl: string, link: Pick<Link, 'path'>): string =>
  `${serverUrl.replace(/\/+$/, '')}${link.path}`;

/** The one-time link, the only copy there is, with when it stops working. */
export function formatSignInLink(
  opts: { user: string; serverUrl: string; link: Pick<Link, 'path' | 'expiresAt'> },
  lead: string,
): string {
  return [
    lead,
    `One-time sign-in link for ${opts.user} (it works once, until ${formatMoment(opts.link.expiresAt)}):`,
    `  ${linkUrl(opts.serverUrl, opts.link)}`,
    `Give it to ${opts.user} privately. Once it is used or expired, make a new one with \`pnpm dossier user link ${opts.user}\`.`,
    '',
  ].join('\n');
}

/** The new token's secret, said once, and how to use it. */
export function formatCreatedToken(
  token: Pick<Token, 'id' | 'label' | 'role'> & { token: string },
): string {
  return [
    `Created token ${token.id} "${token.label}" with the ${token.role} role:`,
    `  ${token.token}`,
    'Copy it now: it will not be shown again (the server keeps only its digest).',
    'Use it as `DOSSIER_TOKEN=<token> pnpm dossier <command>`, or `pnpm dossier <command> --token <token>`.',
    `Revoke it with \`pnpm dossier token revoke ${token.id}\`.`,
    '',
  ].join('\n');
}
