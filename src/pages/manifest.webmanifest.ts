import type { APIRoute } from 'astro';
import { COURSE_DESCRIPTION, COURSE_NAME } from '../lib/courseName';
import { webManifest } from '../lib/offline/webManifest';

/** The web app manifest (see src/lib/offline/webManifest.ts), linked from every page's head. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(COURSE_NAME, COURSE_DESCRIPTION)), {
    headers: { 'content-type': 'application/manifest+json' },
  });
