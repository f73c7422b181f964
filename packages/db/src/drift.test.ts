import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDir, schemaDrift } from './drift';

// drizzle-kit loads the schema and generates twice; it takes a few seconds.
describe('the committed migrations', { timeout: 120_000 }, () => {
  it('describe the schema exactly: drizzle-kit generates nothing new', () => {
    const drift = schemaDrift();
    expect(drift.changed, drift.output).toEqual([]);
    expect(drift.upToDate, drift.output).toBe(true);
  });

  it('are reported as behind when the schema gains a column they lack', () => {
    // A copy of the schema inside the package, so `drizzle-orm` and `@dossier/domain` resolve.
    const probe = mkdtempSync(join(packageDir, '.drift-probe-'));
    try {
      cpSync(join(packageDir, 'src/schema'), probe, { recursive: true });
      const file = join(probe, 'measures.ts');
      const source = readFileSync(file, 'utf8');
      const column = "    summary: text('summary'),\n";
      expect(source).toContain(column);
      writeFileSync(file, source.replace(column, `${column}    probe: text('drift_probe'),\n`));

      const drift = schemaDrift({ schema: probe });
      expect(drift.upToDate, drift.output).toBe(false);
      expect(drift.changed).toContain('meta/_journal.json');
      expect(drift.sql, drift.output).toMatch(/ALTER TABLE `measures` ADD `drift_probe` text/);
    } finally {
      rmSync(probe, { recursive: true, force: true });
    }
  });
});
