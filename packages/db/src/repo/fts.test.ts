import { describe, expect, it } from 'vitest';
import { ftsPhrase, ftsQuery, markedParts, matchEnd, matchStart, searchWords } from './fts';

const m = (text: string) => `${matchStart}${text}${matchEnd}`;

describe('ftsQuery', () => {
  it('makes every word a quoted prefix and keeps FTS5 syntax out', () => {
    expect(ftsQuery('encrypt tele')).toBe('"encrypt"* "tele"*');
    expect(ftsQuery('"OR (')).toBe('"or"*');
    expect(ftsQuery('NEAR(a b) title:x -y ^z')).toBe('"near"* "a"* "b"* "title"* "x"* "y"* "z"*');
    for (const nothing of ['', ' ', '*', '-', '"', '()', '^', '+', ':', '{}', '"*"']) {
      expect(ftsQuery(nothing), nothing).toBeNull();
    }
  });

  it('keeps a word with a combining accent whole, as the tokenizer does', () => {
    expect(searchWords('de Maizie\u0300re')).toEqual(['de', 'maizière']);
    expect(searchWords('l’Intérieur, A8-0057/2018')).toEqual([
      'l',
      'intérieur',
      'a8',
      '0057',
      '2018',
    ]);
  });

  it('turns identifier-shaped text into one phrase of whole words', () => {
    expect(ftsPhrase('2016/106')).toBe('"2016 106"');
    expect(ftsPhrase('COM(2016) 194 final')).toBe('"com 2016 194 final"');
    expect(ftsPhrase('//')).toBeNull();
  });
});

describe('markedParts', () => {
  it('splits marked text into plain and matched parts, merging neighbours alike', () => {
    expect(markedParts(`Thomas de ${m('Maizière')}`)).toEqual([
      { text: 'Thomas de ', match: false },
      { text: 'Maizière', match: true },
    ]);
    expect(markedParts(`${m('encrypted')}${m(' messaging')} apps`)).toEqual([
      { text: 'encrypted messaging', match: true },
      { text: ' apps', match: false },
    ]);
    expect(markedParts('no match')).toEqual([{ text: 'no match', match: false }]);
    expect(markedParts('')).toEqual([]);
  });

  it('keeps markup as text for the client to escape, and never leaks a marker', () => {
    const parts = markedParts(`<b>${m('bold')}</b> ${matchEnd}stray ${matchStart}unclosed`);
    expect(parts).toEqual([
      { text: '<b>', match: false },
      { text: 'bold', match: true },
      { text: '</b> stray ', match: false },
      { text: 'unclosed', match: true },
    ]);
  });
});
