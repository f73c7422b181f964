import { describe, expect, it } from 'vitest';
import { clientAddress } from './http/client-address';

const request = (forwarded?: string | string[]) => ({
  headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  socket: { remoteAddress: '10.0.0.2' },
});

describe('the client address for attempt limits', () => {
  it('is the socket address unless the server is told it sits behind a proxy', () => {
    expect(clientAddress(request('203.0.113.7') as never, false)).toBe('10.0.0.2');
    expect(clientAddress(request() as never, true)).toBe('10.0.0.2');
  });

  it('behind a proxy, is the address the proxy appended last, not one the client wrote', () => {
    expect(clientAddress(request('198.51.100.1, 203.0.113.7') as never, true)).toBe('203.0.113.7');
    expect(clientAddress(request(['198.51.100.1', '203.0.113.8']) as never, true)).toBe(
      '203.0.113.8',
    );
    expect(clientAddress(request(` , ${'x'.repeat(100)}`) as never, true)).toBe('10.0.0.2');
  });
});
