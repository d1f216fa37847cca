import dialogUrl from './searchDialog.ts?chunk-url';

/*
 * Opens search from the header button, "/" and Ctrl/Cmd+K. Tiny on purpose: it runs on every page, and
 * nothing for search is fetched until the learner reaches for it (hovering or focusing the button starts
 * loading the dialog's code; opening it loads Pagefind and its index).
 */
const opener = document.querySelector<HTMLButtonElement>('[data-search-open]');
let dialog: Promise<typeof import('./searchDialog')> | undefined;
// By URL, not import('./searchDialog'): see src/integrations/chunkUrl.ts.
const load = () => (dialog ??= import(/* @vite-ignore */ dialogUrl) as Promise<typeof import('./searchDialog')>);
const open = () => void load().then((module) => module.openSearch(opener));

if (opener) {
  opener.classList.add('is-ready');
  opener.addEventListener('click', open);
  opener.addEventListener('pointerenter', load, { once: true });
  opener.addEventListener('focus', load, { once: true });
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const shortcut = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (slash || shortcut) {
      event.preventDefault();
      open();
    }
  });
}
