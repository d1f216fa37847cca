import statusUrl from './offlineStatus.ts?chunk-url';

/*
 * Makes the course work offline, on every page: once the page has loaded, the service worker is registered
 * (by offlineStatus.ts, loaded only then), so the first visit downloads only what the page needs and the
 * rest of the course is saved in the background. Not from file:// (the downloadable copy), where browsers
 * allow no service worker. By URL, not import(): see src/integrations/chunkUrl.ts.
 */
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  addEventListener('load', () => void import(/* @vite-ignore */ statusUrl));
}
