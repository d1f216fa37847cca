import { SERVICE_WORKER_FILE } from '../lib/offline/precache';
import {
  NOT_SAVED_OFFLINE,
  READY_OFFLINE,
  SAVED_OFFLINE,
  UPDATE_IN_FOOTER,
  UPDATE_READY,
  reloadWarning,
} from '../lib/offline/offlineNotices';

/*
 * Registers the service worker that keeps the course offline (loaded by offline.ts after the page has
 * loaded), and tells the learner what it means:
 * - the first time the course is saved: "now saved in this browser";
 * - when a new version has been deployed and is ready: an offer to reload, never a forced reload. The new
 *   worker waits until the learner accepts (it activates on SKIP_WAITING), because a page of the old
 *   version must not meet the new version's files halfway through. Quiz and exam attempts are saved after
 *   every answer and resume after the reload; work that is not saved (a sorting round under way marks
 *   itself with data-unsaved-work) is named first, so the learner can finish it. "Not now" is remembered
 *   for the tab's session: the footer keeps the offer instead of a notice on every page.
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
const DISMISSED = 'digital-ecosystems:update-offer-dismissed';

type Action = [label: string, act: () => void];

/** The new version this page has offered: once it activates (here or in another tab), this page is the old one. */
let offered: ServiceWorker | undefined;

let notice: HTMLElement | undefined;
/** Where focus was before the learner moved into the notice, to go back to when it closes. */
let focusBefore: Element | null = null;

function button([label, act]: Action, primary: boolean): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = primary ? 'button' : 'button secondary';
  element.textContent = label;
  element.addEventListener('click', act);
  return element;
}

/**
 * One notice at a time, fixed at the foot of the screen but early in the Tab order (right after the skip
 * link); its text is announced politely. It takes focus only when it replaces a notice the learner was
 * using (`takeFocus`); the page gets room below so the notice never hides its end.
 */
function showNotice(label: string, text: string, actions: Action[], takeFocus = false): void {
  const hadFocus = notice?.contains(document.activeElement) ?? false;
  notice?.remove();
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const row = document.createElement('div');
  row.className = 'site-notice-actions';
  // The first action is the one offered; the others (not now, anyway) are quieter.
  row.append(...actions.map((action, index) => button(action, index === 0)));
  const box = document.createElement('div');
  box.className = 'site-notice';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', label);
  box.append(status, row);
  box.addEventListener('focusin', (event) => {
    if (!box.contains(event.relatedTarget as Node | null)) focusBefore = event.relatedTarget as Element | null;
  });
  const skipLink = document.querySelector('.skip-link');
  if (skipLink) skipLink.after(box);
  else document.body.prepend(box);
  notice = box;
  document.body.style.paddingBottom = `${box.offsetHeight + 24}px`;
  // Filled after the region is in the page, so screen readers notice the change and announce it.
  setTimeout(() => (status.textContent = text), 50);
  if (takeFocus || hadFocus) row.querySelector('button')?.focus();
}

function closeNotice(): void {
  const hadFocus = notice?.contains(document.activeElement) ?? false;
  notice?.remove();
  notice = undefined;
  document.body.style.paddingBottom = '';
  if (hadFocus) (focusBefore instanceof HTMLElement ? focusBefore : document.querySelector<HTMLElement>('main'))?.focus();
}

/** The footer's line about the offline copy, with an action where there is one. */
function footerLine(text: string, action?: Action): void {
  const line = document.querySelector('[data-offline-state]');
  if (!line) return;
  line.replaceChildren(text);
  if (action) line.append(' ', button(action, false));
}

/**
 * Moves to the new version. If another tab has already done so, this page is still the old one: it only
 * needs a reload. Otherwise the waiting worker is asked to take over, and the page reloads once it has.
 */
function applyUpdate(waiting: ServiceWorker): void {
  if (waiting.state !== 'installed') {
    location.reload();
    return;
  }
  worker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

/** Names unsaved work before reloading, so the learner can finish it first. */
function reloadWhenSafe(waiting: ServiceWorker): void {
  const unsaved = [...document.querySelectorAll<HTMLElement>('[data-unsaved-work]')].map((element) => element.dataset['unsavedWork']!);
  const warning = reloadWarning(unsaved);
  if (!warning) applyUpdate(waiting);
  else
    showNotice(
      'Course update',
      warning,
      [
        ['Not now', closeNotice],
        ['Reload anyway', () => applyUpdate(waiting)],
      ],
      true,
    );
}

function offerUpdate(waiting: ServiceWorker): void {
  offered = waiting;
  footerLine(UPDATE_IN_FOOTER, ['Reload to update', () => reloadWhenSafe(waiting)]);
  if (sessionStorage.getItem(DISMISSED)) return;
  showNotice('Course update', UPDATE_READY, [
    ['Reload to update', () => reloadWhenSafe(waiting)],
    [
      'Not now',
      () => {
        try {
          sessionStorage.setItem(DISMISSED, '1');
        } catch {
          // Storage blocked: the offer simply comes back on the next page.
        }
        closeNotice();
      },
    ],
  ]);
}

/** Follows a worker being installed: a first one activating means the course is now offline; a later one waiting means an update. */
function follow(installing: ServiceWorker, registration: ServiceWorkerRegistration): void {
  installing.addEventListener('statechange', () => {
    if (installing.state === 'installed' && worker.controller && registration.waiting === installing) offerUpdate(installing);
    if (installing.state === 'activated' && installing !== offered) {
      footerLine(SAVED_OFFLINE);
      if (firstVisit) showNotice('Offline use', READY_OFFLINE, [['OK', closeNotice]]);
    }
  });
}

worker.register(`${base}${SERVICE_WORKER_FILE}`, { scope: base }).then(
  // Resolves to nothing where a browser's automation blocks service workers (the tests do, outside the offline tests).
  (registration: ServiceWorkerRegistration | undefined) => {
    if (!registration) return;
    if (registration.active) footerLine(SAVED_OFFLINE);
    if (registration.waiting && worker.controller) offerUpdate(registration.waiting);
    if (registration.installing) follow(registration.installing, registration);
    registration.addEventListener('updatefound', () => {
      if (registration.installing) follow(registration.installing, registration);
    });
  },
  // Offline use is an extra: without it the course works as before, and the footer says so.
  (error: unknown) => {
    footerLine(NOT_SAVED_OFFLINE);
    console.info('The course could not be saved for offline use:', error);
  },
);
