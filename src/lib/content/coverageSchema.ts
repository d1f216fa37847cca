import { z } from 'astro/zod';
import { sectionTarget } from './sectionTarget';

/** One row of `content/coverage.yaml`: a claim of the source article and the lesson section that teaches it. */
export const coverageEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** The article's heading the claim sits under ("Introduction" for the untitled opening). */
    article: z.string().min(3),
    claim: z.string().min(10),
    /** `<lesson slug>#<heading id>`. */
    teaches: sectionTarget,
  })
  .strict();

export type CoverageEntry = z.infer<typeof coverageEntrySchema>;
