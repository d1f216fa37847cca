import lessonReadUrl from './lessonRead.ts?chunk-url';

/*
 * The lesson page's end: the "read" mark (lessonRead.ts) is loaded only when the end of the lesson comes
 * within a screen of view, as islands are, so a reader who never gets there never downloads it.
 */
const end = document.querySelector('[data-lesson-end]');
// By URL, not import('./lessonRead'): see src/integrations/chunkUrl.ts.
const load = () => void import(/* @vite-ignore */ lessonReadUrl);

if (end && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: '0px 0px 100% 0px' },
  );
  observer.observe(end);
} else if (end) {
  load();
}
