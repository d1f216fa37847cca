/*
 * What the site says about its offline copy. Pure, so the wording is tested and the page script only shows it.
 */

export const READY_OFFLINE = 'The course is saved in this browser: it now works without a network.';

export const UPDATE_READY = 'A new version of the course is available.';

/** Where unsaved work would be lost by reloading now, the offer says what, so the learner can finish first. */
export function reloadWarning(unsavedWork: readonly string[]): string | undefined {
  if (unsavedWork.length === 0) return undefined;
  const what = unsavedWork.length === 1 ? unsavedWork[0] : `${unsavedWork.slice(0, -1).join(', ')} and ${unsavedWork.at(-1)}`;
  return `Reloading now would end ${what}. Finish first and then reload, or reload anyway.`;
}

/** The footer's line once a service worker keeps the course. */
export const SAVED_OFFLINE = 'Saved for offline use in this browser.';

/** The footer's line while a new version waits (after "Not now"), beside its reload button. */
export const UPDATE_IN_FOOTER = 'A new version of the course is ready.';

/** The footer's line where the browser refuses to keep the course (private windows, blocked site data). */
export const NOT_SAVED_OFFLINE = 'This browser does not let the course be saved for offline use.';
