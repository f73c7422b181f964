import { describe, expect, it } from 'vitest';
import { claimAddInput } from './claim-inputs';
import { linkRelations, type Stage } from './enums';
import {
  datesAgree,
  resolveDate,
  resolveResult,
  resolveStage,
  stageClaimsConflict,
  stageWarning,
  whollyAfter,
} from './facts';
import { readRelation, relationReadings } from './relations';
import { eventCreateInput, identifierInput, measureCreateInput } from './schemas';

let n = 0;
/** Entry times in the order claims are made here. */
const at = () => `2020-01-01T00:00:00.${String(n++).padStart(3, '0')}Z`;
const dateClaim = (id: string, date: string, preferred = false) => ({
  id,
  createdAt: at(),
  preferred,
  date,
  datePrecision: (['year', 'month', 'day'] as const)[date.split('-').length - 1]!,
});
const stageClaim = (id: string, stage: Stage, date: string, preferred = false) => ({
  id,
  createdAt: at(),
  preferred,
  stage,
  date,
});

describe('dates claimed by sources', () => {
  it('agree when one says more than the other, not when they differ', () => {
    expect(datesAgree('2016-08', '2016-08-23')).toBe(true);
    expect(datesAgree('2016', '2016-08-23')).toBe(true);
    expect(datesAgree('2016-08-22', '2016-08-23')).toBe(false);
    expect(whollyAfter('2017', '2016-05')).toBe(true);
    expect(whollyAfter('2016', '2016-05')).toBe(false);
  });

  it('show the first recorded while disputed, the most precise while agreeing, the preferred once chosen', () => {
    const a = dateClaim('a', '2017-03-14');
    const b = dateClaim('b', '2017-03-15');
    expect(resolveDate([b, a].reverse())).toMatchObject({ shown: a, disputed: true });
    const month = dateClaim('m', '2016-08');
    const day = dateClaim('d', '2016-08-23');
    expect(resolveDate([month, day])).toMatchObject({ shown: day, disputed: false });
    const preferredB = { ...b, preferred: true };
    expect(resolveDate([a, preferredB])).toEqual({
      shown: preferredB,
      disputed: false,
      preferred: preferredB,
    });
    expect(resolveDate([])).toEqual({ shown: null, disputed: false, preferred: null });
  });
});

describe('vote results', () => {
  const result = (id: string, f: number | null, ag: number | null, ab: number | null) => ({
    id,
    createdAt: at(),
    preferred: false,
    for: f,
    against: ag,
    abstentions: ab,
  });
  it('agree when every count both give is the same, and show the fullest', () => {
    const partial = result('p', 318, null, null);
    const full = result('f', 318, 280, 20);
    expect(resolveResult([partial, full])).toMatchObject({ shown: full, disputed: false });
    expect(resolveResult([full, result('g', 318, 280, 21)])).toMatchObject({
      shown: full,
      disputed: true,
    });
  });
});

describe('stage claims', () => {
  it('form a history: later and further along agrees, going back or past an end conflicts', () => {
    const c = stageClaimsConflict;
    expect(c(stageClaim('a', 'proposal', '2016'), stageClaim('b', 'negotiation', '2017'))).toBe(
      false,
    );
    expect(
      c(stageClaim('a', 'adopted', '2017-05'), stageClaim('b', 'negotiation', '2017-06')),
    ).toBe(true);
    expect(c(stageClaim('a', 'withdrawn', '2017'), stageClaim('b', 'negotiation', '2018'))).toBe(
      true,
    );
    expect(c(stageClaim('a', 'withdrawn', '2017'), stageClaim('b', 'lapsed', '2019'))).toBe(true);
    // Within one period, either order is possible.
    expect(c(stageClaim('a', 'negotiation', '2017'), stageClaim('b', 'proposal', '2017-03'))).toBe(
      false,
    );
  });

  it('show the furthest stage; a preference sets aside what contradicts it, not what follows', () => {
    const proposal = stageClaim('p', 'proposal', '2016-01');
    const adopted = stageClaim('a', 'adopted', '2017-05');
    const negotiation = stageClaim('n', 'negotiation', '2017-06');
    expect(resolveStage([proposal, adopted, negotiation])).toMatchObject({
      shown: adopted,
      disputed: true,
    });
    const preferred = { ...negotiation, preferred: true };
    const settled = resolveStage([proposal, adopted, preferred]);
    expect(settled).toMatchObject({ shown: preferred, disputed: false, setAside: [adopted] });
    const later = stageClaim('l', 'adopted', '2017-11');
    expect(resolveStage([proposal, adopted, preferred, later])).toMatchObject({
      shown: later,
      disputed: false,
    });
  });
});

describe('the stage against the timeline', () => {
  const e = (
    id: string,
    kind: Parameters<typeof stageWarning>[1][number]['kind'],
    date: string,
  ) => ({
    id,
    kind,
    date,
  });
  it('suggests the stage an event further along shows, from the event that showed it first', () => {
    expect(
      stageWarning('adopted', [
        e('x', 'adoption', '2016-04'),
        e('late', 'entry_into_force', '2016-06'),
        e('early', 'entry_into_force', '2016-05-24'),
      ]),
    ).toEqual({ current: 'adopted', suggested: 'in_force', because: 'early' });
    expect(stageWarning('in_force', [e('a', 'date_of_application', '2018-05-25')])).toMatchObject({
      suggested: 'applicable',
    });
    expect(stageWarning('in_force', [e('a', 'adoption', '2016')])).toBeNull();
  });

  it('suggests withdrawn for a published withdrawal, and leaves other ends and stageless measures be', () => {
    expect(stageWarning('proposal', [e('w', 'withdrawal_published', '2018')])).toEqual({
      current: 'proposal',
      suggested: 'withdrawn',
      because: 'w',
    });
    expect(stageWarning('withdrawn', [e('w', 'withdrawal_published', '2018')])).toBeNull();
    expect(stageWarning('proposal', [e('w', 'withdrawal_announced', '2018')])).toBeNull();
    expect(stageWarning('lapsed', [e('x', 'adoption', '2018')])).toBeNull();
    expect(stageWarning(null, [e('x', 'adoption', '2018')])).toBeNull();
  });
});

describe('relations read from both ends', () => {
  it('has a forward and an inverse reading for every relation', () => {
    for (const relation of linkRelations) {
      expect(readRelation(relation, 'outgoing').label).toBeTruthy();
      expect(readRelation(relation, 'incoming').label).toBeTruthy();
    }
    expect(readRelation('amends', 'incoming')).toEqual({ key: 'amended_by', label: 'amended by' });
    expect(readRelation('became', 'incoming').label).toBe('grew out of');
    expect(relationReadings.same_procedure_as.forward).toEqual(
      relationReadings.same_procedure_as.inverse,
    );
  });
});

describe('the inputs of claims, identifiers and events', () => {
  it('parse an identifier into its canonical form, keeping it as written', () => {
    expect(identifierInput.parse({ scheme: 'procedure_ref', value: '2016/106/cod' })).toEqual({
      scheme: 'procedure_ref',
      value: '2016/106/cod',
      canonical: '2016/0106(COD)',
      role: null,
      sourceId: null,
    });
    const refused = identifierInput.safeParse({ scheme: 'eli', value: 'eur-lex 2016/679' });
    expect(refused.error?.issues[0]?.message).toMatch(/is not an ELI such as http/);
  });

  it('read Member States in ISO codes, whatever the case, and the EU codes for Greece and the UK', () => {
    const event = eventCreateInput.parse({
      measureId: 'm',
      sourceId: 's',
      date: '2021',
      kind: 'infringement_step',
      title: 'Formal notice',
      memberStates: ['fr', 'EL', 'UK', 'FR'],
    });
    expect(event.memberStates).toEqual(['FR', 'GB', 'GR']);
  });

  it('need a stage for procedures only, and a source for every claim', () => {
    const base = { slug: 'a-letter', title: 'A letter', jurisdiction: 'EU' };
    expect(measureCreateInput.safeParse({ ...base, kind: 'letter' }).success).toBe(true);
    expect(measureCreateInput.safeParse({ ...base, kind: 'regulation' }).success).toBe(false);
    expect(
      claimAddInput.safeParse({ fact: 'stage', measureId: 'm', stage: 'adopted', date: '2017' })
        .success,
    ).toBe(false);
    expect(
      claimAddInput.safeParse({ fact: 'result', eventId: 'e', sourceId: 's', result: {} }).error
        ?.issues[0]?.message,
    ).toBe('give at least one of for, against, abstentions');
  });
});
