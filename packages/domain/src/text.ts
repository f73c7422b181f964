// What every stored piece of text must be: real, visible characters. Each check is also exported
// as a plain function with its message, so the CLI and the dashboard forms say the same thing.
import { z } from './zod';

/** "U+0000" for the first character of `found`. */
const codePoint = (found: string) =>
  `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export const textMessages = {
  empty: 'must not be empty',
  blank: 'must not be blank (it holds only invisible characters)',
  brokenCharacter: 'contains a broken character (a lone UTF-16 surrogate); re-type or re-paste it',
  controlCharacter: (found: string) =>
    `must not contain control characters (found ${codePoint(found)})`,
  oneLine: (found: string) =>
    `must fit on one line (found a line break or tab, ${codePoint(found)}); remove it`,
  tooLong: (max: number) => `must be at most ${max} characters`,
  url: 'must be a full address starting with http:// or https://',
  urlScheme: (scheme: string) =>
    `must be a full address starting with http:// or https:// (this one starts with "${scheme}")`,
  urlSpace: (found: string) =>
    `must not contain spaces, line breaks or control characters (found ${codePoint(found)}); remove them, or write a space inside the address as %20`,
  urlInvisible: (found: string) =>
    `must not contain invisible characters (found ${codePoint(found)}); re-type the address`,
  urlHost: 'must name a host after http:// or https://, such as https://eur-lex.europa.eu/',
  urlCredentials:
    'must not contain a user name or password (the part before @); link to the page without them',
  urlInvalid: "is not a valid web address; copy it again from the browser's address bar",
} as const;

// \p{Cc} is C0 (U+0000-U+001F), DEL and C1 (U+0080-U+009F). Multi-line text keeps tab and newline.
const controlOneLine = /\p{Cc}/u;
const controlMultiLine = /(?![\t\n])\p{Cc}/u;
const lineOrTab = /^[\t\n\r]$/;
// What renders as nothing: format characters (zero-width space and joiners, word joiner, BOM,
// soft hyphen, bidi marks), other default-ignorable code points (Hangul fillers, variation
// selectors) and every kind of whitespace.
const invisible = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{White_Space}]/gu;

/**
 * Why `value` (already trimmed, line breaks already normalised) cannot be stored as text, or
 * null when it can. One-line text refuses line breaks and tabs; multi-line text allows them.
 */
export function textProblem(value: string, options: { multiline: boolean }): string | null {
  if (value === '') return textMessages.empty;
  if (!value.isWellFormed()) return textMessages.brokenCharacter;
  const control = (options.multiline ? controlMultiLine : controlOneLine).exec(value)?.[0];
  if (control !== undefined) {
    return !options.multiline && lineOrTab.test(control)
      ? textMessages.oneLine(control)
      : textMessages.controlCharacter(control);
  }
  if (value.replaceAll(invisible, '') === '') return textMessages.blank;
  return null;
}

/** Windows (\r\n) and old Mac (\r) line breaks become \n, so stored text has one kind. */
const normaliseLineBreaks = (value: string) => value.replaceAll(/\r\n?/g, '\n');

function textSchema(max: number, multiline: boolean, required: boolean) {
  const base = multiline ? z.string().overwrite(normaliseLineBreaks) : z.string();
  return base
    .trim()
    .max(max, textMessages.tooLong(max))
    .superRefine((value, ctx) => {
      if (value === '' && !required) return;
      const problem = textProblem(value, { multiline });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** Titles, names, roles, identifiers: one line of visible text, trimmed. */
export const oneLineText = (max: number) => textSchema(max, false, true);

/** Required text of several lines (a note's body): tab and newline are kept. */
export const multiLineText = (max: number) => textSchema(max, true, true);

/** An optional field: left out, null or empty (once trimmed) all store null. */
const optional = (schema: ReturnType<typeof textSchema>) =>
  schema
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

export const optionalOneLineText = (max: number) => optional(textSchema(max, false, false));

/** Summaries, descriptions, quotes, notes: like one-line text, but tab and newline are kept. */
export const optionalMultiLineText = (max: number) => optional(textSchema(max, true, false));

export const maxUrlLength = 2000;

// The domain compiles without DOM or Node types; browsers and Node both have the WHATWG URL class.
interface ParsedUrl {
  hostname: string;
  username: string;
  password: string;
}
declare const URL: new (input: string) => ParsedUrl;

const spaceOrControl = /[\p{White_Space}\p{Cc}]/u;
const formatCharacter = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/**
 * Why `value` is not a web address Dossier stores, or null when it is. Checked as sent: an
 * address holding a line break or a space is refused rather than silently repaired, since the
 * repair may point somewhere else than the person meant.
 */
export function urlProblem(value: string): string | null {
  if (!value.isWellFormed()) return textMessages.brokenCharacter;
  const space = spaceOrControl.exec(value)?.[0];
  if (space !== undefined) return textMessages.urlSpace(space);
  // Invisible characters (a bidi override, a zero-width space) make an address read differently
  // from where it leads.
  const hidden = formatCharacter.exec(value)?.[0];
  if (hidden !== undefined) return textMessages.urlInvisible(hidden);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  if (scheme !== undefined && !/^https?$/i.test(scheme))
    return textMessages.urlScheme(`${scheme}:`);
  // WHATWG URL accepts "http:example.com"; a person should see the full form they will get.
  if (!/^https?:\/\//i.test(value)) return textMessages.url;
  let url: ParsedUrl;
  try {
    url = new URL(value);
  } catch {
    return /^https?:\/\/[/?#]*$/i.test(value) ? textMessages.urlHost : textMessages.urlInvalid;
  }
  if (url.hostname === '') return textMessages.urlHost;
  // Credentials would be shown to every reader and kept in the audit log, and
  // "https://www.europarl.europa.eu@other.example/" reads as one host while leading to another.
  if (url.username !== '' || url.password !== '') return textMessages.urlCredentials;
  return null;
}

/** A link to a web page: http or https only, a host, no spaces or control characters. */
export const urlSchema = z
  .string()
  .max(maxUrlLength, textMessages.tooLong(maxUrlLength))
  .superRefine((value, ctx) => {
    const problem = urlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** "a regulation", "an initiative": the English article for a kind's name in a message. */
export const withArticle = (noun: string): string =>
  `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
