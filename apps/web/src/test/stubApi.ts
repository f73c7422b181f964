import { vi } from 'vitest';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

type Input = Record<string, unknown>;

/** What a procedure answers: data, data made from the request's input, or an Error. */
export type Answer = ((input: Input) => unknown) | object | string | number | boolean | null;

/**
 * Stands in for the server: answers tRPC batch requests from a table of procedures. An Error
 * answers NOT_FOUND with its message. Returns the fetch mock, whose calls hold the addresses.
 */
export function stubApi(answers: Record<string, Answer>) {
  const fetch = vi.fn(async (url: string) => {
    const address = new URL(url, 'http://localhost');
    const path = address.pathname.replace('/trpc/', '');
    const inputs = JSON.parse(address.searchParams.get('input') ?? '{}') as Record<string, Input>;
    const results = path.split(',').map((procedure, i) => {
      const given = answers[procedure];
      const answer = typeof given === 'function' ? given(inputs[i] ?? {}) : given;
      if (answer instanceof Error)
        return {
          error: {
            message: answer.message,
            code: -32004,
            data: { code: 'NOT_FOUND', httpStatus: 404, path: procedure },
          },
        };
      return { result: { data: answer } };
    });
    const failed = results.some((r) => 'error' in r);
    return json(results, failed ? 404 : 200);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The inputs the stub was asked with for one procedure, in order. */
export function inputsOf(fetch: ReturnType<typeof stubApi>, procedure: string) {
  return fetch.mock.calls.flatMap(([url]) => {
    const address = new URL(String(url), 'http://localhost');
    const inputs = JSON.parse(address.searchParams.get('input') ?? '{}') as Record<string, Input>;
    return address.pathname
      .replace('/trpc/', '')
      .split(',')
      .flatMap((name, i) => (name === procedure ? [inputs[i] ?? {}] : []));
  });
}
