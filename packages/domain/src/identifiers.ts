// The identifiers a policy team pastes, in every form they are written, reduced to one
// canonical form each, so "2016/106/cod" and "2016/0106 (COD)" find the same procedure and an
// unpadded number never matches another number that merely starts with the same digits.

/** Kinds of identifier, each with its canonical form. */
export const identifierKinds = [
  'procedure_ref', // EU interinstitutional procedure: 2016/0106(COD)
  'celex', // EUR-Lex CELEX number: 32016R0679, 02016R0679-20160504, 32016R0679R(01)
  'eli', // European Legislation Identifier: http://data.europa.eu/eli/reg/2016/679/oj
  'com', // Commission documents: COM(2016) 194, SWD(2016) 115, JOIN(2016) 18, SEC(2016) 12
  'council_doc', // Council register: ST 14001 2016 INIT, ST 14001 2016 REV 1
  'ep_report', // European Parliament report: A8-0057/2018
  'oj', // Official Journal: OJ L 119, 4.5.2016, p. 1 or OJ L, 2024/1689, 12.7.2024
  'national', // a national reference, free text
  'other', // anything else, free text
] as const;
export type IdentifierKind = (typeof identifierKinds)[number];

/** The stages of a measure's life an identifier may name. */
export const identifierRoles = [
  'original_proposal',
  'amended_proposal',
  'adopted_act',
  'consolidated_text',
  'corrigendum',
  'preparatory',
] as const;
export type IdentifierRole = (typeof identifierRoles)[number];

export type ParsedIdentifier =
  | { ok: true; scheme: IdentifierKind; canonical: string }
  | { ok: false; message: string };

/** Procedure types of the Legislative Observatory. */
const procedureTypes = [
  'COD',
  'CNS',
  'NLE',
  'APP',
  'INI',
  'RSP',
  'BUD',
  'DEC',
  'INL',
  'IMM',
  'REG',
  'RPS',
  'SYN',
  'AVC',
  'ACI',
  'DCE',
  'COS',
  'INS',
  'RSO',
  'DEA',
  'BUI',
  'DCO',
  'ITS',
  'RPO',
  'CON',
  'PRO',
];

const expected: Record<IdentifierKind, string> = {
  procedure_ref: 'a procedure reference such as 2016/0106(COD) (year/number(type))',
  celex: 'a CELEX number such as 32016R0679 (optionally written CELEX:32016R0679)',
  eli: 'an ELI such as http://data.europa.eu/eli/reg/2016/679/oj',
  com: 'a Commission document such as COM(2016) 194, SWD(2016) 115 or JOIN(2016) 18',
  council_doc: 'a Council document such as 14001/16 or ST 14001 2016 INIT',
  ep_report: 'a Parliament report number such as A8-0057/2018',
  oj: 'an Official Journal reference such as OJ L 119, 4.5.2016, p. 1',
  national: 'a national reference (any text)',
  other: 'a reference (any text)',
};

const pad = (n: string, width: number) => n.replace(/^0+(?=\d)/, '').padStart(width, '0');
const unpad = (n: string) => n.replace(/^0+(?=\d)/, '');
/** Two-digit years of Council documents: '16 is 2016, '98 is 1998. */
const fullYear = (y: string) =>
  y.length === 4 ? y : `${Number(y) > 50 ? '19' : '20'}${y.padStart(2, '0')}`;
const squash = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ');

function procedureRef(raw: string): string | null {
  const m =
    /^(\d{4})\s*\/\s*(\d{1,4})\s*(?:\(\s*([a-z]{3})\s*\)|\/\s*([a-z]{3})|\s+([a-z]{3}))$/i.exec(
      raw,
    );
  if (!m) return null;
  const type = (m[3] ?? m[4] ?? m[5] ?? '').toUpperCase();
  if (!procedureTypes.includes(type)) return null;
  return `${m[1]}/${pad(m[2] ?? '', 4)}(${type})`;
}

function celex(raw: string): string | null {
  const s = raw
    .replace(/^celex\s*:\s*/i, '')
    .replace(/\s+/g, '')
    .toUpperCase();
  // sector, year, document type, number; then a corrigendum R(NN) or a consolidation date.
  const m = /^([0-9CE])(\d{4})([A-Z]{1,2})(\d{1,5})(R\(\d{2}\)|-\d{8})?$/.exec(s);
  if (!m) return null;
  return `${m[1]}${m[2]}${m[3]}${pad(m[4] ?? '', 4)}${m[5] ?? ''}`;
}

function eli(raw: string): string | null {
  const m =
    /^(?:https?:\/\/)?data\.europa\.eu\/eli\/([a-z_]+)\/(\d{4})\/(\d+)(?:\/oj)?(?:\/([a-z]{3}))?(?:\/(?:html|pdf|xml))?\/?$/i.exec(
      raw.trim(),
    );
  if (!m) return null;
  return `http://data.europa.eu/eli/${m[1]?.toLowerCase()}/${m[2]}/${unpad(m[3] ?? '')}/oj`;
}

function commissionDoc(raw: string): string | null {
  const m =
    /^(COM|SWD|JOIN|SEC|C)\s*(?:\(\s*(\d{4})\s*\)\s*|\/\s*(\d{4})\s*\/\s*)(\d{1,5})(?:\s+final)?$/i.exec(
      raw.trim(),
    );
  if (!m) return null;
  return `${m[1]?.toUpperCase()}(${m[2] ?? m[3]}) ${unpad(m[4] ?? '')}`;
}

function councilDoc(raw: string): string | null {
  const s = raw.trim().toUpperCase();
  const suffix = (kind?: string, n?: string) => (kind ? `${kind} ${unpad(n ?? '1')}` : 'INIT');
  // 14001/16, 14001/16 REV 1, 14001/2016 ADD 2
  let m = /^(?:ST\s*)?(\d{1,5})\s*\/\s*(\d{2}|19\d{2}|20\d{2})(?:\s+(REV|ADD|COR)\s*(\d+))?$/.exec(
    s,
  );
  if (m) return `ST ${unpad(m[1] ?? '')} ${fullYear(m[2] ?? '')} ${suffix(m[3], m[4])}`;
  // ST 14001 2016 INIT, ST 14001 2016 REV 1, ST-14001-2016-INIT
  m = /^ST[\s-]*(\d{1,5})[\s-]+(\d{4})(?:[\s-]+(INIT|(REV|ADD|COR)[\s-]*(\d+)))?$/.exec(s);
  if (m) return `ST ${unpad(m[1] ?? '')} ${m[2]} ${m[4] ? suffix(m[4], m[5]) : 'INIT'}`;
  return null;
}

function epReport(raw: string): string | null {
  const m = /^([ABC])\s*(\d{1,2})\s*-\s*(\d{1,4})\s*\/\s*(\d{4})$/i.exec(raw.trim());
  if (!m) return null;
  return `${m[1]?.toUpperCase()}${unpad(m[2] ?? '')}-${pad(m[3] ?? '', 4)}/${m[4]}`;
}

function officialJournal(raw: string): string | null {
  const s = raw.trim().replace(/\s+/g, ' ');
  const date = (d: string, mo: string, y: string) => `${unpad(d)}.${unpad(mo)}.${y}`;
  // Since October 2023 acts are numbered in the L series: OJ L, 2024/1689, 12.7.2024
  let m = /^O\.?J\.?\s*(L|C)\s*,\s*(\d{4})\/(\d+)\s*,\s*(\d{1,2})\.(\d{1,2})\.(\d{4})$/i.exec(s);
  if (m)
    return `OJ ${m[1]?.toUpperCase()}, ${m[2]}/${unpad(m[3] ?? '')}, ${date(m[4] ?? '', m[5] ?? '', m[6] ?? '')}`;
  m =
    /^O\.?J\.?\s*(L|C)\s*(\d{1,4})(?:\s*([A-Z]))?\s*,\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*,\s*p(?:\.|age)?\s*(\d+)$/i.exec(
      s,
    );
  if (m)
    return `OJ ${m[1]?.toUpperCase()} ${unpad(m[2] ?? '')}${m[3] ? ` ${m[3].toUpperCase()}` : ''}, ${date(m[4] ?? '', m[5] ?? '', m[6] ?? '')}, p. ${unpad(m[7] ?? '')}`;
  return null;
}

const parsers: Partial<Record<IdentifierKind, (raw: string) => string | null>> = {
  procedure_ref: procedureRef,
  celex,
  eli,
  com: commissionDoc,
  council_doc: councilDoc,
  ep_report: epReport,
  oj: officialJournal,
};

/** Free-text references match whatever their case, spacing or Unicode form. */
export const canonicalFreeText = (raw: string) => squash(raw).toLowerCase();

/**
 * Parses `raw` as an identifier of `scheme`: its canonical form, or a message showing the
 * expected form. Free-text schemes (national, other) accept any non-empty text.
 */
export function parseIdentifier(scheme: IdentifierKind, raw: string): ParsedIdentifier {
  const text = squash(raw);
  if (!text) return { ok: false, message: `must not be empty; expected ${expected[scheme]}` };
  const parse = parsers[scheme];
  if (!parse) return { ok: true, scheme, canonical: canonicalFreeText(text) };
  const canonical = parse(text);
  if (canonical) return { ok: true, scheme, canonical };
  return { ok: false, message: `"${text}" is not ${expected[scheme]}` };
}

/**
 * What `raw` is, when it has the shape of a structured identifier (a search box, a `ref`):
 * the first scheme whose parser accepts it, or null for ordinary text.
 */
export function detectIdentifier(
  raw: string,
): { scheme: IdentifierKind; canonical: string } | null {
  const text = squash(raw);
  for (const [scheme, parse] of Object.entries(parsers) as [
    IdentifierKind,
    (r: string) => string | null,
  ][]) {
    const canonical = parse(text);
    if (canonical) return { scheme, canonical };
  }
  return null;
}

/** True when `raw` looks like an attempt at an identifier, so text search must not answer it. */
export function looksLikeIdentifier(raw: string): boolean {
  const text = squash(raw);
  return (
    detectIdentifier(text) !== null ||
    /^\d{4}\s*\/\s*\d+/.test(text) || // a procedure or document number, maybe unfinished
    /^(celex\s*:|\d[0-9]{4}[a-z])/i.test(text) ||
    /^(COM|SWD|JOIN|SEC)\s*[(/]/i.test(text) ||
    /data\.europa\.eu\/eli\//i.test(text)
  );
}
