import { SERVICE_WORKER_FILE } from '../lib/offline/precache';
import { READY_OFFLINE, SAVED_OFFLINE, UPDATE_READY, reloadWarning } from '../lib/offline/offlineNotices';

/*
 * Registers the service worker that keeps the course offline (loaded by offline.ts after the page has
 * loaded), and tells the learner what it means:
 * - the first time the course is saved: "now saved in this browser";
 * - when a new version has been deployed and is ready: an offer to reload, never a forced reload. The new
 *   worker waits until the learner accepts (it activates on SKIP_WAITING), because a page of the old
 *   version must not meet the new version's files halfway through. Quiz and exam attempts are saved after
 *   every answer and resume after the reload; work that is not saved (a sorting round under way marks
 *   itself with data-unsaved-work) is named first, so the learner can finish it.
 */

/*
 * The site's base is where its manifest sits (every page links it there). Read from the page rather than
 * import.meta.env: the downloadable copy bundles this module too (it never runs there), and a classic
 * script has no import.meta.
 */
const base = new URL('.', document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href).pathname;
const worker = navigator.serviceWorker;
/** A page that loaded without a worker is the first visit (or the first since the browser's data was cleared). */
const firstVisit = !worker.controller;

let notice: HTMLElement | undefined;

/** One notice at a time, at the foot of the screen; its text is announced politely, focus stays where it is. */
function showNotice(text: string, actions: [label: string, act: () => void][]): void {
  notice?.remove();
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  // The first action is the one offered; the others (not now, anyway) are quieter.
  const buttons = actions.map(([label, act], index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = index === 0 ? 'button' : 'button secondary';
    button.textContent = label;
    button.addEventListener('click', act);
    return button;
  });
  const box = document.createElement('div');
  box.className = 'site-notice';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', 'Course update');
  const row = document.createElement('div');
  row.className = 'site-notice-actions';
  row.append(...buttons);
  box.append(status, row);
  document.body.append(box);
  notice = box;
  // Filled after the region is in the page, so screen readers notice the change and announce it.
  setTimeout(() => (status.textContent = text), 50);
}

const close = () => {
  notice?.remove();
  notice = undefined;
};

function markSaved(): void {
  const line = document.querySelector('[data-offline-state]');
  if (line) line.textContent = SAVED_OFFLINE;
}

function offerReload(waiting: ServiceWorker): void {
  const update = () => {
    worker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  showNotice(UPDATE_READY, [
    [
      'Reload to update',
      () => {
        const unsaved = [...document.querySelectorAll<HTMLElement>('[data-unsaved-work]')].map(
          (element) => element.dataset['unsavedWork']!,
        );
        const warning = reloadWarning(unsaved);
        if (warning)
          showNotice(warning, [
            ['Not now', close],
            ['Reload anyway', update],
          ]);
        else update();
      },
    ],
    ['Not now', close],
  ]);
}

/** Follows a worker being installed: a first one activating means the course is now offline; a later one waiting means an update. */
function follow(installing: ServiceWorker, registration: ServiceWorkerRegistration): void {
  installing.addEventListener('statechange', () => {
    if (installing.state === 'installed' && worker.controller && registration.waiting === installing) offerReload(installing);
    if (installing.state === 'activated') {
      markSaved();
      if (firstVisit) showNotice(READY_OFFLINE, [['OK', close]]);
    }
  });
}

worker.register(`${base}${SERVICE_WORKER_FILE}`, { scope: base }).then(
  // Resolves to nothing where a browser's automation blocks service workers (the tests do, outside the offline tests).
  (registration: ServiceWorkerRegistration | undefined) => {
    if (!registration) return;
    if (registration.active) markSaved();
    if (registration.waiting && worker.controller) offerReload(registration.waiting);
    if (registration.installing) follow(registration.installing, registration);
    registration.addEventListener('updatefound', () => {
      if (registration.installing) follow(registration.installing, registration);
    });
  },
  // Offline use is an extra: without it the course works as before, so the learner is not troubled.
  (error: unknown) => console.warn('The course could not be saved for offline use:', error),
);
