import type { Question } from '../quiz/questionTypes';

/*
 * A short fingerprint of the questions an assignment names, carried in its link, so the learner's page can
 * warn "a question changed since this assignment was made". The link names questions by number, never by
 * wording, so a changed question still loads: the fingerprint only tells that it differs from what the
 * teacher chose. Four bytes: a 1-in-4-billion chance of missing a change is plenty for a warning.
 */

/** How many bytes of SHA-256 a fingerprint keeps. */
export const FINGERPRINT_BYTES = 4;

/**
 * Fields the site adds when it serves a question (its lesson, the link to its section), which depend on
 * where the site is deployed and are not the question itself: left out, so every copy of the site agrees.
 */
const SERVED_FIELDS = new Set(['lesson', 'link']);

/** JSON with every object's keys sorted, so equal data gives the same text whatever order its keys came in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The first 4 bytes of SHA-256 over the chosen questions' canonical JSON, in the assignment's order. */
export async function bankFingerprint(questions: readonly Question[]): Promise<Uint8Array> {
  const authored = questions.map((question) => Object.fromEntries(Object.entries(question).filter(([key]) => !SERVED_FIELDS.has(key))));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(authored)));
  return new Uint8Array(digest).slice(0, FINGERPRINT_BYTES);
}
