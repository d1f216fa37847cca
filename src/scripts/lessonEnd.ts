import lessonReadUrl from './lessonRead.ts?chunk-url';

/*
 * The lesson page's end: the "read" mark (lessonRead.ts) is loaded only when the end of the lesson comes
 * within a screen of view, as islands are, so a reader who never gets there never downloads it. Watched
 * twice: the key takeaways (reading on), and the pager at the very bottom (for a reader who jumps there).
 */
const ends = document.querySelectorAll('[data-lesson-end], [data-lesson-bottom]');
// By URL, not import('./lessonRead'): see src/integrations/chunkUrl.ts.
const load = () => void import(/* @vite-ignore */ lessonReadUrl);

if (ends.length > 0 && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      load();
    },
    { rootMargin: '0px 0px 100% 0px' },
  );
  for (const end of ends) observer.observe(end);
} else if (ends.length > 0) {
  load();
}
