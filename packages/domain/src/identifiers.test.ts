import { describe, expect, it } from 'vitest';
import {
  detectIdentifier,
  type IdentifierKind,
  looksLikeIdentifier,
  parseIdentifier,
} from './identifiers';

// [scheme, as written, canonical form or null when it must be refused]
const table: [IdentifierKind, string, string | null][] = [
  // EU procedure references
  ['procedure_ref', '2016/0106(COD)', '2016/0106(COD)'],
  ['procedure_ref', '2016/0106/COD', '2016/0106(COD)'],
  ['procedure_ref', '2016/0106 (COD)', '2016/0106(COD)'],
  ['procedure_ref', '2016/0106(cod)', '2016/0106(COD)'],
  ['procedure_ref', '2016/106(COD)', '2016/0106(COD)'],
  ['procedure_ref', '2016/106/cod', '2016/0106(COD)'],
  ['procedure_ref', ' 2016 / 0106 ( COD ) ', '2016/0106(COD)'],
  ['procedure_ref', '2016/0106 COD', '2016/0106(COD)'],
  ['procedure_ref', '2017/0003(COD)', '2017/0003(COD)'],
  ['procedure_ref', '2016/0357(CNS)', '2016/0357(CNS)'],
  ['procedure_ref', '2019/0816(NLE)', '2019/0816(NLE)'],
  ['procedure_ref', '2011/0023(APP)', '2011/0023(APP)'],
  ['procedure_ref', '2015/2063(INI)', '2015/2063(INI)'],
  ['procedure_ref', '2016/2891(RSP)', '2016/2891(RSP)'],
  ['procedure_ref', '2016/0106(XYZ)', null],
  ['procedure_ref', '2016/0106', null],
  ['procedure_ref', '16/0106(COD)', null],
  ['procedure_ref', '2016/01060(COD)', null],
  ['procedure_ref', 'COD 2016/0106', null],
  // CELEX numbers
  ['celex', '32016R0679', '32016R0679'],
  ['celex', 'CELEX:32016R0679', '32016R0679'],
  ['celex', 'celex: 32016r0679', '32016R0679'],
  ['celex', '32016L0681', '32016L0681'],
  ['celex', '52016PC0194', '52016PC0194'],
  ['celex', '52017PC0010', '52017PC0010'],
  ['celex', '32016R0679R(02)', '32016R0679R(02)'],
  ['celex', '02016R0679-20160504', '02016R0679-20160504'],
  ['celex', '32019R817', '32019R0817'],
  ['celex', 'C2016/123', null],
  ['celex', '2016R0679', null],
  ['celex', '32016-R-0679', null],
  // ELI
  ['eli', 'http://data.europa.eu/eli/reg/2016/679/oj', 'http://data.europa.eu/eli/reg/2016/679/oj'],
  [
    'eli',
    'https://data.europa.eu/eli/reg/2016/679/oj',
    'http://data.europa.eu/eli/reg/2016/679/oj',
  ],
  ['eli', 'http://data.europa.eu/eli/reg/2016/679', 'http://data.europa.eu/eli/reg/2016/679/oj'],
  [
    'eli',
    'http://data.europa.eu/eli/reg/2016/679/oj/eng',
    'http://data.europa.eu/eli/reg/2016/679/oj',
  ],
  [
    'eli',
    'https://data.europa.eu/eli/dir/2016/681/oj/fra',
    'http://data.europa.eu/eli/dir/2016/681/oj',
  ],
  ['eli', 'data.europa.eu/eli/reg/2019/817/oj', 'http://data.europa.eu/eli/reg/2019/817/oj'],
  [
    'eli',
    'http://data.europa.eu/eli/reg/2016/679/oj/',
    'http://data.europa.eu/eli/reg/2016/679/oj',
  ],
  ['eli', 'https://eur-lex.europa.eu/eli/reg/2016/679/oj', null],
  ['eli', 'http://data.europa.eu/eli/reg/16/679/oj', null],
  // Commission documents
  ['com', 'COM(2016) 194', 'COM(2016) 194'],
  ['com', 'COM(2016)194', 'COM(2016) 194'],
  ['com', 'COM/2016/0194 final', 'COM(2016) 194'],
  ['com', 'com(2016) 194 final', 'COM(2016) 194'],
  ['com', 'COM (2016) 0194', 'COM(2016) 194'],
  ['com', 'SWD(2016) 115 final', 'SWD(2016) 115'],
  ['com', 'JOIN(2016) 18', 'JOIN(2016) 18'],
  ['com', 'SEC(2016) 12', 'SEC(2016) 12'],
  ['com', 'COM 2016 194', null],
  ['com', 'COM(16) 194', null],
  // Council documents
  ['council_doc', '14001/16', 'ST 14001 2016 INIT'],
  ['council_doc', 'ST 14001 2016 INIT', 'ST 14001 2016 INIT'],
  ['council_doc', 'st 14001 2016 init', 'ST 14001 2016 INIT'],
  ['council_doc', '14001/2016', 'ST 14001 2016 INIT'],
  ['council_doc', '14001/16 REV 1', 'ST 14001 2016 REV 1'],
  ['council_doc', 'ST 14001 2016 REV 1', 'ST 14001 2016 REV 1'],
  ['council_doc', 'ST-14001-2016-ADD-2', 'ST 14001 2016 ADD 2'],
  ['council_doc', '9897/19', 'ST 9897 2019 INIT'],
  ['council_doc', '14001-16', null],
  // Parliament reports
  ['ep_report', 'A8-0057/2018', 'A8-0057/2018'],
  ['ep_report', 'A8-57/2018', 'A8-0057/2018'],
  ['ep_report', 'a8-0057/2018', 'A8-0057/2018'],
  ['ep_report', 'A9-0021/2019', 'A9-0021/2019'],
  ['ep_report', 'A8 0057/2018', null],
  // Official Journal
  ['oj', 'OJ L 119, 4.5.2016, p. 1', 'OJ L 119, 4.5.2016, p. 1'],
  ['oj', 'OJ L 119, 04.05.2016, p. 1', 'OJ L 119, 4.5.2016, p. 1'],
  ['oj', 'O.J. L 119, 4.5.2016, p.1', 'OJ L 119, 4.5.2016, p. 1'],
  ['oj', 'OJ C 246, 28.7.2017, p. 1', 'OJ C 246, 28.7.2017, p. 1'],
  ['oj', 'OJ L, 2024/1689, 12.7.2024', 'OJ L, 2024/1689, 12.7.2024'],
  ['oj', 'OJ L 119', null],
  // National references and anything else: free text, matched whatever the case and spacing
  ['national', 'Loi n° 2016-731 du 3 juin 2016', 'loi n° 2016-731 du 3 juin 2016'],
  ['national', '  BT-Drucksache   18/11325 ', 'bt-drucksache 18/11325'],
  ['other', 'Bundesrat 123/16', 'bundesrat 123/16'],
  ['national', '   ', null],
];

describe('identifiers in every written form', () => {
  it(`has a table of at least 60 written forms`, () => {
    expect(table.length).toBeGreaterThanOrEqual(60);
  });

  for (const [scheme, written, canonical] of table) {
    it(`${scheme}: ${JSON.stringify(written)} -> ${canonical ?? 'refused'}`, () => {
      const parsed = parseIdentifier(scheme, written);
      if (canonical === null) {
        expect(parsed.ok).toBe(false);
        // The message shows the expected form, with an example.
        if (!parsed.ok) expect(parsed.message).toMatch(/such as|any text/);
      } else {
        expect(parsed).toEqual({ ok: true, scheme, canonical });
      }
    });
  }

  it('detects the scheme of a pasted identifier, and no scheme in ordinary text', () => {
    expect(detectIdentifier('2016/106/cod')).toEqual({
      scheme: 'procedure_ref',
      canonical: '2016/0106(COD)',
    });
    expect(detectIdentifier('CELEX:32016R0679')).toEqual({
      scheme: 'celex',
      canonical: '32016R0679',
    });
    expect(detectIdentifier('https://data.europa.eu/eli/reg/2016/679/oj')).toEqual({
      scheme: 'eli',
      canonical: 'http://data.europa.eu/eli/reg/2016/679/oj',
    });
    expect(detectIdentifier('COM/2016/0194 final')).toEqual({
      scheme: 'com',
      canonical: 'COM(2016) 194',
    });
    expect(detectIdentifier('14001/16')?.canonical).toBe('ST 14001 2016 INIT');
    expect(detectIdentifier('encryption')).toBeNull();
    expect(detectIdentifier('ePrivacy Regulation 2017')).toBeNull();
  });

  it('tells an unfinished number from ordinary text, so search does not answer it by prefix', () => {
    expect(looksLikeIdentifier('2016/01')).toBe(true);
    expect(looksLikeIdentifier('2016/106')).toBe(true);
    expect(looksLikeIdentifier('COM(2016')).toBe(true);
    expect(looksLikeIdentifier('privacy 2016')).toBe(false);
    expect(looksLikeIdentifier('de Maizière')).toBe(false);
  });
});
