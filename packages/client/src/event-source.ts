// An EventSource over fetch, for tRPC's httpSubscriptionLink where the browser's is missing or
// cannot do what is needed: Node 20 has none, and the browser's cannot send a header (a script's
// bearer token) or go through a test's in-process fetch. It does what the link relies on: the
// `open`, `error` and message events (named ones too), `readyState`, `close()`, and
// reconnection with `Last-Event-ID` after a dropped stream, as the standard one does.
// https://html.spec.whatwg.org/multipage/server-sent-events.html

export interface FetchEventSourceInit {
  withCredentials?: boolean;
  headers?: Record<string, string>;
  fetch?: typeof globalThis.fetch;
  /** Wait before reconnecting, until the server says otherwise with `retry:`. */
  retryMs?: number;
}

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 2;

export class FetchEventSource extends EventTarget {
  static readonly CONNECTING = CONNECTING;
  static readonly OPEN = OPEN;
  static readonly CLOSED = CLOSED;
  readonly CONNECTING = CONNECTING;
  readonly OPEN = OPEN;
  readonly CLOSED = CLOSED;
  readyState: number = CONNECTING;
  readonly url: string;
  readonly withCredentials: boolean;
  private readonly stop = new AbortController();
  private lastEventId = '';
  private retryMs: number;

  constructor(
    url: string | URL,
    private readonly init: FetchEventSourceInit = {},
  ) {
    super();
    this.url = String(url);
    this.withCredentials = init.withCredentials ?? false;
    this.retryMs = init.retryMs ?? 1_000;
    void this.run();
  }

  close(): void {
    this.readyState = CLOSED;
    this.stop.abort();
  }

  private async run(): Promise<void> {
    const fetch = this.init.fetch ?? globalThis.fetch;
    while (this.readyState !== CLOSED) {
      try {
        const response = await fetch(this.url, {
          headers: {
            ...this.init.headers,
            accept: 'text/event-stream',
            ...(this.lastEventId ? { 'last-event-id': this.lastEventId } : {}),
          },
          credentials: this.withCredentials ? 'include' : 'same-origin',
          signal: this.stop.signal,
        });
        const type = response.headers.get('content-type') ?? '';
        // Anything but a stream (a 401 page, a proxy's 502) fails for good, as in browsers.
        if (!response.ok || !type.startsWith('text/event-stream') || !response.body) {
          await response.body?.cancel().catch(() => {});
          if (this.readyState === CLOSED) return;
          this.readyState = CLOSED;
          this.dispatchEvent(new Event('error'));
          return;
        }
        this.readyState = OPEN;
        this.dispatchEvent(new Event('open'));
        await this.read(response.body);
      } catch {
        // A dropped connection or a refused one: reconnect below, unless closed.
      }
      if (this.readyState === CLOSED) return;
      this.readyState = CONNECTING;
      this.dispatchEvent(new Event('error'));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.retryMs);
        this.stop.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Reads events until the stream ends, dispatching each one. */
  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let pending = '';
    let event = '';
    let data: string[] = [];
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done || this.readyState === CLOSED) return;
        pending += decoder.decode(value, { stream: true });
        const lines = pending.split(/\r\n|\r|\n/);
        // The last piece may be half a line; keep it for the next chunk.
        pending = lines.pop() ?? '';
        for (const line of lines) {
          if (line === '') {
            if (data.length)
              this.dispatchEvent(
                new MessageEvent(event || 'message', {
                  data: data.join('\n'),
                  lastEventId: this.lastEventId,
                }),
              );
            event = '';
            data = [];
            continue;
          }
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const raw = colon < 0 ? '' : line.slice(colon + 1);
          const text = raw.startsWith(' ') ? raw.slice(1) : raw;
          if (field === 'event') event = text;
          else if (field === 'data') data.push(text);
          else if (field === 'id' && !text.includes('\0')) this.lastEventId = text;
          else if (field === 'retry' && /^\d+$/.test(text)) this.retryMs = Number(text);
        }
      }
    } finally {
      reader.cancel().catch(() => {});
    }
  }
}
