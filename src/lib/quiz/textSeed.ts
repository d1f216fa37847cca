import { MAX_SEED } from './seeds';

/*
 * A seed made from a text, apart from seeds.ts: the exam page loads seeds.ts as it opens, and this is only
 * needed at build time (a lesson's preview) and when a learner starts an assignment.
 */

/** A seed made from a text (FNV-1a), for draws that must be the same on every build, like a lesson's preview. */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return ((hash >>> 0) % MAX_SEED) + 1;
}
