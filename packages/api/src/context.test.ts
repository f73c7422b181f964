import { describe, expect, it } from 'vitest';
import { actorFromHeaders, cleanActorName } from './context';

// Node hands header values over as Latin-1: this is what a UTF-8 header looks like on arrival.
const asHeader = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

describe('the actor named in a header', () => {
  it('is read as UTF-8, cleaned of control and format characters, and bounded', () => {
    expect(cleanActorName(asHeader('Zoë Müller'))).toBe('Zoë Müller');
    expect(cleanActorName(asHeader('  Ana\u0085\u200b  de\tla Cruz\u202e '))).toBe(
      'Ana de la Cruz',
    );
    expect(cleanActorName(asHeader('😀'.repeat(150)))).toBe('😀'.repeat(100));
    expect(cleanActorName(asHeader('\u200b\u0007'))).toBeNull();
    expect(cleanActorName(undefined)).toBeNull();
  });

  it('defaults to "api" and is null without the right token', () => {
    const auth = { token: 'team-secret-1' };
    expect(actorFromHeaders({}, { token: null })).toBe('api');
    expect(actorFromHeaders({ authorization: 'Bearer team-secret-1' }, auth)).toBe('api');
    expect(actorFromHeaders({ authorization: 'Bearer team-secret-2' }, auth)).toBeNull();
    expect(actorFromHeaders({ authorization: 'Bearer team-secret-1 ' }, auth)).toBeNull();
    expect(actorFromHeaders({ authorization: 'team-secret-1' }, auth)).toBeNull();
    expect(
      actorFromHeaders(
        { authorization: 'Bearer team-secret-1', 'x-dossier-actor': asHeader('Łukasz') },
        auth,
      ),
    ).toBe('Łukasz');
  });
});
