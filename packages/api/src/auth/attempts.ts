// Failed sign-ins counted per account and per address, in memory: one server process holds
// them, and a restart forgetting them costs a guesser nothing they could not get by waiting.

export interface AttemptLimits {
  /** Failures allowed per key within the window before it is blocked. */
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

export const defaultAttemptLimits: AttemptLimits = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60_000,
};

export type AttemptKey = { account: string } | { address: string };

export interface AttemptLimiter {
  /** Milliseconds until the first of `keys` that is blocked may try again; 0 when none is. */
  blockedFor(keys: AttemptKey[], now: Date): number;
  fail(keys: AttemptKey[], now: Date): void;
  clear(key: AttemptKey): void;
}

export function createAttemptLimiter(limits: AttemptLimits = defaultAttemptLimits): AttemptLimiter {
  const failures = new Map<string, number[]>();
  const name = (key: AttemptKey) => ('account' in key ? `a:${key.account}` : `i:${key.address}`);
  const max = (key: AttemptKey) => ('account' in key ? limits.perAccount : limits.perAddress);
  const recent = (key: AttemptKey, now: Date) => {
    const since = now.getTime() - limits.windowMs;
    const kept = (failures.get(name(key)) ?? []).filter((t) => t > since);
    if (kept.length) failures.set(name(key), kept);
    else failures.delete(name(key));
    return kept;
  };
  return {
    blockedFor(keys, now) {
      let wait = 0;
      for (const key of keys) {
        const times = recent(key, now);
        if (times.length >= max(key)) {
          const oldest = times[times.length - max(key)] ?? now.getTime();
          wait = Math.max(wait, oldest + limits.windowMs - now.getTime());
        }
      }
      return wait;
    },
    fail(keys, now) {
      for (const key of keys) {
        const times = recent(key, now);
        times.push(now.getTime());
        failures.set(name(key), times);
      }
      // Bound the memory a flood of made-up names could take.
      if (failures.size > 10_000) failures.delete(failures.keys().next().value as string);
    },
    clear(key) {
      failures.delete(name(key));
    },
  };
}
