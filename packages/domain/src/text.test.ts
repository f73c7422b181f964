import { describe, expect, it } from 'vitest';
import {
  eventCreateInput,
  measureCreateInput,
  measureUpdateInput,
  sourceCreateInput,
  stakeholderCreateInput,
} from './schemas';
import {
  oneLineText,
  optionalMultiLineText,
  optionalOneLineText,
  textMessages,
  textProblem,
  urlProblem,
  urlSchema,
} from './text';

/** The first message zod gives for `value`, or the parsed value when it passes. */
function outcome(schema: { safeParse(v: unknown): unknown }, value: unknown) {
  const result = schema.safeParse(value) as
    | { success: true; data: unknown }
    | { success: false; error: { issues: { message: string }[] } };
  return result.success ? { ok: result.data } : { error: result.error.issues[0]?.message };
}

/** Every issue as [path, message]. */
function issues(schema: { safeParse(v: unknown): unknown }, value: unknown) {
  const result = schema.safeParse(value) as {
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
  return (result.error?.issues ?? []).map((i) => [i.path.map(String).join('.'), i.message]);
}

const highSurrogate = '\ud83d';
const lowSurrogate = '\ude00';

describe('one-line text', () => {
  const title = oneLineText(300);
  it.each([
    ['plain title', 'Access to encrypted messages', { ok: 'Access to encrypted messages' }],
    ['trimmed', '  Lawful access  ', { ok: 'Lawful access' }],
    ['accents and emoji', 'Réforme über Ünïcødé 🇪🇺 🔐', { ok: 'Réforme über Ünïcødé 🇪🇺 🔐' }],
    ['emoji joined by a zero-width joiner', 'Team 👩‍💻', { ok: 'Team 👩‍💻' }],
    ['Arabic (right to left)', 'قانون حماية البيانات', { ok: 'قانون حماية البيانات' }],
    ['Hebrew with a right-to-left mark', 'חוק הצפנה\u200f 2016', { ok: 'חוק הצפנה\u200f 2016' }],
    ['CJK', '加密通信法案', { ok: '加密通信法案' }],
    ['a soft hyphen inside a word', 'Verschlüs\u00adselung', { ok: 'Verschlüs\u00adselung' }],
    ['a lone high surrogate', `Title ${highSurrogate}`, { error: textMessages.brokenCharacter }],
    ['a lone low surrogate', `${lowSurrogate} title`, { error: textMessages.brokenCharacter }],
    [
      'surrogates in the wrong order',
      `${lowSurrogate}${highSurrogate}`,
      { error: textMessages.brokenCharacter },
    ],
    ['NUL', 'Ti\u0000tle', { error: 'must not contain control characters (found U+0000)' }],
    ['BEL', 'Ti\u0007tle', { error: 'must not contain control characters (found U+0007)' }],
    ['DEL', 'Ti\u007ftle', { error: 'must not contain control characters (found U+007F)' }],
    ['NEL (C1)', 'Ti\u0085tle', { error: 'must not contain control characters (found U+0085)' }],
    ['CSI (C1)', 'Ti\u009btle', { error: 'must not contain control characters (found U+009B)' }],
    ['ESC', '\u001b[31mred', { error: 'must not contain control characters (found U+001B)' }],
    ['a line break', 'first\nsecond', { error: textMessages.oneLine('\n') }],
    ['a tab', 'first\tsecond', { error: textMessages.oneLine('\t') }],
    ['a carriage return', 'first\rsecond', { error: textMessages.oneLine('\r') }],
    ['empty', '', { error: textMessages.empty }],
    ['spaces only', '    ', { error: textMessages.empty }],
    ['zero-width space only', '\u200b', { error: textMessages.blank }],
    ['zero-width joiners only', '\u200c\u200d', { error: textMessages.blank }],
    ['word joiner and BOM only', '\u2060\ufeff\u2060', { error: textMessages.blank }],
    ['soft hyphen only', '\u00ad\u00ad', { error: textMessages.blank }],
    [
      'invisible characters between spaces',
      ' \u200b \u2063 \u00a0 ',
      { error: textMessages.blank },
    ],
    ['bidi overrides only', '\u202e\u202c', { error: textMessages.blank }],
    ['Hangul filler only', '\u3164', { error: textMessages.blank }],
    ['ideographic space and zero-width space', '\u3000\u200b', { error: textMessages.blank }],
    ['too long', 'x'.repeat(301), { error: textMessages.tooLong(300) }],
  ])('%s', (_, value, expected) => {
    expect(outcome(title, value)).toEqual(expected);
  });

  it('refuses what is not a string', () => {
    expect(title.safeParse(42).success).toBe(false);
  });
});

describe('multi-line text', () => {
  const summary = optionalMultiLineText(4000);
  it.each([
    ['paragraphs', 'First.\n\nSecond.', { ok: 'First.\n\nSecond.' }],
    ['Windows line breaks become \\n', 'One\r\nTwo\r\n', { ok: 'One\nTwo' }],
    ['old Mac line breaks become \\n', 'One\rTwo', { ok: 'One\nTwo' }],
    ['a tab', 'Item\tvalue', { ok: 'Item\tvalue' }],
    ['quote in Greek', '«Η κρυπτογράφηση»\n— Υπουργός', { ok: '«Η κρυπτογράφηση»\n— Υπουργός' }],
    ['NUL', 'a\u0000b', { error: 'must not contain control characters (found U+0000)' }],
    ['vertical tab', 'a\u000bb', { error: 'must not contain control characters (found U+000B)' }],
    ['form feed', 'a\u000cb', { error: 'must not contain control characters (found U+000C)' }],
    ['NEL', 'a\u0085b', { error: 'must not contain control characters (found U+0085)' }],
    ['line breaks and zero-width spaces only', '\u200b\n\u200b\n', { error: textMessages.blank }],
    ['a lone surrogate', `a\n${highSurrogate}`, { error: textMessages.brokenCharacter }],
  ])('%s', (_, value, expected) => {
    expect(outcome(summary, value)).toEqual(expected);
  });
});

describe('optional text', () => {
  it('stores null for empty, whitespace, null and a missing value', () => {
    expect(optionalMultiLineText(10).parse('')).toBeNull();
    expect(optionalMultiLineText(10).parse(' \n ')).toBeNull();
    expect(optionalOneLineText(10).parse(null)).toBeNull();
    expect(optionalOneLineText(10).parse(undefined)).toBeUndefined();
  });

  it('still refuses invisible-only and broken text rather than storing it', () => {
    expect(outcome(optionalOneLineText(10), '\u200b')).toEqual({ error: textMessages.blank });
    expect(outcome(optionalMultiLineText(10), `x${lowSurrogate}`)).toEqual({
      error: textMessages.brokenCharacter,
    });
  });
});

describe('strict URLs', () => {
  it.each([
    ['https', 'https://www.reuters.com/article/us-france-germany-encryption-idUSKCN10Y1UA'],
    ['http', 'http://example.org/'],
    ['upper-case scheme', 'HTTPS://EUR-LEX.EUROPA.EU/'],
    [
      'query and fragment',
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679#d1e40',
    ],
    ['a port', 'http://localhost:8080/page'],
    ['an accented path', 'https://de.wikipedia.org/wiki/Überwachung'],
    ['an internationalised host', 'https://bundesministerium-für-inneres.de/'],
    ['an IPv6 host', 'http://[::1]/'],
    ['an encoded space', 'https://example.org/a%20b'],
  ])('accepts %s', (_, url) => {
    expect(outcome(urlSchema, url)).toEqual({ ok: url });
  });

  it.each([
    ['a line break', 'https://example.org/\nevil', textMessages.urlSpace('\n')],
    ['a trailing line break', 'https://example.org/\n', textMessages.urlSpace('\n')],
    ['a tab', 'https://exa\tmple.org/', textMessages.urlSpace('\t')],
    ['a space', 'https://example.org/a b', textMessages.urlSpace(' ')],
    ['a leading space', ' https://example.org/', textMessages.urlSpace(' ')],
    ['a no-break space', 'https://example.org/\u00a0', textMessages.urlSpace('\u00a0')],
    ['NUL', 'https://example.org/\u0000', textMessages.urlSpace('\u0000')],
    ['DEL', 'https://example.org/\u007f', textMessages.urlSpace('\u007f')],
    ['a zero-width space', 'https://exa\u200bmple.org/', textMessages.urlInvisible('\u200b')],
    [
      'a right-to-left override',
      'https://example.org/\u202egpj.exe',
      textMessages.urlInvisible('\u202e'),
    ],
    ['a lone surrogate', `https://example.org/${highSurrogate}`, textMessages.brokenCharacter],
    ['javascript:', 'javascript:alert(1)', textMessages.urlScheme('javascript:')],
    ['JavaScript: in capitals', 'JavaScript:alert(1)', textMessages.urlScheme('JavaScript:')],
    ['ftp:', 'ftp://ftp.example.org/file', textMessages.urlScheme('ftp:')],
    ['data:', 'data:text/html,<p>hi</p>', textMessages.urlScheme('data:')],
    ['file:', 'file:///etc/passwd', textMessages.urlScheme('file:')],
    ['no scheme', 'www.example.org', textMessages.url],
    ['a scheme-relative address', '//example.org/', textMessages.url],
    ['http: without slashes', 'http:example.org', textMessages.url],
    ['no host', 'http://', textMessages.urlHost],
    ['no host, only a path', 'https:///', textMessages.urlHost],
    ['a broken host', 'https://exa%zzmple.org/', textMessages.urlInvalid],
    ['a user name', 'https://user@example.org/', textMessages.urlCredentials],
    ['a user and password', 'https://user:secret@example.org/', textMessages.urlCredentials],
    [
      'a host that lies',
      'https://www.europarl.europa.eu@evil.example/',
      textMessages.urlCredentials,
    ],
    ['empty', '', textMessages.url],
  ])('refuses %s', (_, url, message) => {
    expect(outcome(urlSchema, url)).toEqual({ error: message });
    expect(urlProblem(url)).toBe(message);
  });

  it('refuses an address longer than 2000 characters', () => {
    const long = `https://example.org/${'a'.repeat(2000)}`;
    expect(outcome(urlSchema, long)).toEqual({ error: textMessages.tooLong(2000) });
  });
});

describe('the input schemas use these blocks', () => {
  const measure = {
    slug: 'x-measure',
    title: 'A measure',
    kind: 'regulation',
    jurisdiction: 'EU',
    stage: 'proposal',
  };

  it('refuses a zero-width title and keeps a multi-line summary', () => {
    expect(outcome(measureCreateInput, { ...measure, title: '\u200b\u200b' })).toEqual({
      error: textMessages.blank,
    });
    const parsed = measureCreateInput.parse({ ...measure, summary: 'One.\r\nTwo.' });
    expect(parsed.summary).toBe('One.\nTwo.');
  });

  it('refuses a line break in one-line fields of updates, policy areas and identifiers', () => {
    expect(issues(measureUpdateInput, { id: 'm', version: 1, title: 'a\nb' })).toEqual([
      ['title', textMessages.oneLine('\n')],
    ]);
    expect(issues(measureCreateInput, { ...measure, policyAreas: ['priv\u0000acy'] })).toEqual([
      ['policyAreas.0', textMessages.controlCharacter('\u0000')],
    ]);
    expect(
      issues(measureCreateInput, {
        ...measure,
        identifiers: [{ scheme: 'celex', value: '\u200b' }],
      }),
    ).toEqual([['identifiers.0.value', textMessages.blank]]);
  });

  it('refuses a source URL with a line break and a stakeholder role with a control character', () => {
    const source = { title: 'Report', publisher: 'Reuters', kind: 'news' };
    expect(issues(sourceCreateInput, { ...source, url: 'https://example.org/\n' })).toEqual([
      ['url', textMessages.urlSpace('\n')],
    ]);
    expect(sourceCreateInput.parse({ ...source, url: null }).url).toBeNull();
    const stakeholder = {
      slug: 'someone',
      kind: 'person',
      name: 'Someone',
      category: 'government',
    };
    expect(issues(stakeholderCreateInput, { ...stakeholder, role: 'Minister\u0007' })).toEqual([
      ['role', textMessages.controlCharacter('\u0007')],
    ]);
  });

  it('keeps line breaks in an event description but not in its title', () => {
    const event = { measureId: 'm', date: '2016-08-23', kind: 'other', sourceId: 's' };
    expect(
      eventCreateInput.parse({ ...event, title: 'Meeting', description: 'a\nb' }).description,
    ).toBe('a\nb');
    expect(issues(eventCreateInput, { ...event, title: 'Meet\ning' })).toEqual([
      ['title', textMessages.oneLine('\n')],
    ]);
  });
});

describe('textProblem, for forms and the CLI', () => {
  it('gives the same message as the schema, or null', () => {
    expect(textProblem('fine', { multiline: false })).toBeNull();
    expect(textProblem('a\nb', { multiline: true })).toBeNull();
    expect(textProblem('a\nb', { multiline: false })).toBe(textMessages.oneLine('\n'));
    expect(textProblem('\u00ad', { multiline: false })).toBe(textMessages.blank);
  });
});
