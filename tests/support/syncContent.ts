import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `astro sync` (the content step of a build) against a fixture content folder and returns
 * its exit code and combined output, so a test can check what an author would read.
 */
export function syncFixture(fixture: string): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'sync'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      COURSE_CONTENT_DIR: join(projectRoot, 'tests/fixtures/content', fixture),
      ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'astro-cache-')),
    },
  });
  // Astro wraps names in markdown-ish ** markers; drop them so messages read as the author sees them.
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replaceAll('**', '') };
}
