import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs an Astro command (`sync` is the content step of a build; `build` also runs our own
 * cross-file checks) against a fixture content folder, with its own cache and output folder,
 * and returns the exit code and combined output: what an author would read.
 */
export function astroWithFixture(command: 'sync' | 'build', fixture: string): { status: number | null; output: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'astro-fixture-'));
  // CI may force colours (FORCE_COLOR wins over NO_COLOR in some libraries), so drop it here.
  const { FORCE_COLOR: _forced, ...inherited } = process.env;
  const result = spawnSync('npx', ['astro', command], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...inherited,
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
      COURSE_CONTENT_DIR: join(projectRoot, 'tests/fixtures/content', fixture),
      ASTRO_CACHE_DIR: join(scratch, 'cache'),
      OUT_DIR: join(scratch, 'dist'),
    },
  });
  // Astro wraps names in markdown-ish ** markers, and a terminal may still get colour codes;
  // drop both so the assertions read the message as the author sees it.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`).replaceAll('**', '');
  return { status: result.status, output };
}
