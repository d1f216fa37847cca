import { fileURLToPath } from 'node:url';

/** Where `npm run build` puts the site. */
export const ROOT_DIST = fileURLToPath(new URL('../../dist', import.meta.url));
/** Where `npm run build:subpath` puts the same site built for a sub-path; keep in sync with package.json. */
export const SUBPATH_DIST = fileURLToPath(new URL('../../dist-subpath', import.meta.url));
export const SUBPATH_BASE = '/course/eco/';
