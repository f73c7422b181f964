import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The dashboard's build folder inside the workspace, or null when @dossier/web is not installed. */
export function defaultWebDir(): string | null {
  try {
    return join(
      dirname(createRequire(import.meta.url).resolve('@dossier/web/package.json')),
      'dist',
    );
  } catch {
    return null;
  }
}
