import { z } from 'astro/zod';

/** `<lesson slug>#<heading id>`: where a claim, a card or a term is taught. The course check makes sure it exists. */
export const sectionTarget = z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'write it as "<lesson slug>#<heading id>", e.g. "three-roles#orchestrator"');
