import { z } from 'astro/zod';
import { slug, text } from '../quiz/questionTypes/authoring';
import { sectionTarget } from './sectionTarget';

/** One entry of `content/glossary.yaml`: a key term of the course, defined once, in our own words. */
export const glossaryEntrySchema = z
  .object({
    id: slug,
    term: text.max(60),
    /** Other names the lessons use for the same thing ("User journey" for customer journey). */
    aliases: z.array(text.max(60)).optional(),
    definition: z.string().trim().min(20).max(300),
    /** Where the term is taught (first or best). */
    teaches: sectionTarget,
    /** Ids of related entries. */
    related: z.array(slug).optional(),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
