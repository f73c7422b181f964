// A dry run sent in several batches saves nothing, so a record naming one that an earlier batch
// would have created would be refused for want of it. The CLI and the dashboard's import page
// remember the keys of the records earlier batches accepted and tell the server which of them a
// batch names (`assume`).
import { type ImportRecord, type ImportResult, jsonPath } from './dataset';
import { interchangeRecordSchemas } from './interchange';
import { type KeyKind, keysOf, measureRefForms, referencesOf } from './interchange-refs';

/** The most keys of one kind a call may assume (the schema's bound). */
const maxAssumed = 2000;

export class DryRunKeys {
  private readonly known: Record<KeyKind, Set<string>> = {
    sources: new Set(),
    stakeholders: new Set(),
    measures: new Set(),
    systems: new Set(),
  };

  /** Remembers the keys of the batch's records the server accepted. */
  learn(batch: readonly ImportRecord[], result: ImportResult): void {
    const refused = new Set(result.rejected.map((r) => r.record));
    for (const r of batch) {
      if (refused.has(jsonPath(r.section, r.index))) continue;
      const parsed = interchangeRecordSchemas[r.section].safeParse(r.record);
      if (!parsed.success) continue;
      for (const k of keysOf(r.section, parsed.data as never)) this.known[k.kind].add(k.key);
    }
  }

  /** The keys the batch names that earlier batches would have created, or undefined for none. */
  assumedFor(batch: readonly ImportRecord[]): Partial<Record<KeyKind, string[]>> | undefined {
    const assume: Partial<Record<KeyKind, Set<string>>> = {};
    for (const r of batch) {
      const parsed = interchangeRecordSchemas[r.section].safeParse(r.record);
      if (!parsed.success) continue;
      for (const ref of referencesOf(r.section, parsed.data as never)) {
        const forms = ref.kind === 'measures' ? measureRefForms(ref.key) : [ref.key];
        if (!forms.some((f) => this.known[ref.kind].has(f))) continue;
        const keys = assume[ref.kind] ?? new Set<string>();
        keys.add(ref.key);
        assume[ref.kind] = keys;
      }
    }
    const entries = Object.entries(assume).map(([kind, keys]) => [
      kind,
      [...keys].slice(0, maxAssumed),
    ]);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
}
