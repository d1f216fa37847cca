import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs an Astro command (`sync` is the content step of a build; `build` also runs our own
 * cross-file checks) against a fixture content folder, with its own cache and output folder,
 * and returns the exit code and combined output: what an author would read.
 */
export function astroWithFixture(command: 'sync' | 'build', fixture: string): { status: number | null; output: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'astro-fixture-'));
  const result = spawnSync('npx', ['astro', command], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      COURSE_CONTENT_DIR: join(projectRoot, 'tests/fixtures/content', fixture),
      ASTRO_CACHE_DIR: join(scratch, 'cache'),
      OUT_DIR: join(scratch, 'dist'),
    },
  });
  // Astro wraps names in markdown-ish ** markers; drop them so messages read as the author sees them.
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replaceAll('**', '') };
}
