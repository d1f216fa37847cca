import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic, type RunningServer } from './staticServer.mjs';
import { SUBPATH_BASE, SUBPATH_DIST, ROOT_DIST } from './builds';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    subpathSiteUrl: string;
  }
}

/** Serves both builds (at `/` and under a sub-path) for the whole e2e run. */
export default async function setup(project: TestProject) {
  for (const dir of [ROOT_DIST, SUBPATH_DIST]) {
    if (!existsSync(`${dir}/index.html`)) {
      throw new Error(`${dir}/ is missing: run "npm run build && npm run build:subpath" before the e2e tests (npm test does).`);
    }
  }
  const servers: RunningServer[] = [await serveStatic(ROOT_DIST, '/'), await serveStatic(SUBPATH_DIST, SUBPATH_BASE)];
  project.provide('siteUrl', servers[0]!.url);
  project.provide('subpathSiteUrl', servers[1]!.url);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
