import { isRead, lessonRecordKind, markedRead } from '../lib/progress/lessonRecord';
import { decodeRecord, encodeRecord, recordOf } from '../lib/progress/recordCodec';
import { onProgressChange, readItem } from '../lib/progress/storageArea';
import { writeItem } from '../lib/progress/storageItems';
import { progressKey } from '../lib/storageKeys';

/*
 * Marks a lesson read when the learner reaches its end (its key takeaways come into view) or presses "Mark
 * as read", and says so at the end of the lesson. Loaded by lessonEnd.ts as the end comes near; no Preact.
 */

const box = document.querySelector<HTMLElement>('[data-lesson-read]');
const end = document.querySelector('[data-lesson-end]');
const slug = box?.dataset['lessonRead'];

if (box && slug) {
  const key = progressKey(lessonRecordKind.name, slug);
  const status = box.querySelector<HTMLElement>('[data-read-status]')!;
  const button = box.querySelector<HTMLButtonElement>('[data-mark-read]')!;
  let failed = false;

  const stored = () => {
    const raw = readItem(key);
    return raw === null ? undefined : decodeRecord(lessonRecordKind, raw, slug);
  };

  const show = () => {
    const value = stored();
    const { record, newer } = recordOf(lessonRecordKind, value);
    const read = isRead(record) ? record.readAt : undefined;
    button.hidden = read !== undefined || newer;
    status.textContent =
      read !== undefined
        ? `You read this lesson on ${new Date(read).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.`
        : newer
          ? 'A newer version of this course saved your progress here, so it is left as it is.'
          : failed
            ? 'This browser is not saving progress, so the lesson could not be marked read.'
            : 'Reach the key takeaways, or press the button, and the lesson counts as read.';
  };

  const markRead = () => {
    const value = stored();
    // Never overwrite what a newer version of the course wrote.
    if (value?.status === 'newer') return show();
    const { record } = recordOf(lessonRecordKind, value);
    if (!isRead(record)) failed = !writeItem(key, encodeRecord(markedRead(record, Date.now())));
    show();
  };

  box.hidden = false;
  button.addEventListener('click', () => {
    markRead();
    // The button goes away once the lesson is read: keep focus in the box, on its status.
    status.focus();
  });
  onProgressChange(show);
  show();
  if (end && 'IntersectionObserver' in window) {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        markRead();
      }
    });
    observer.observe(end);
  }
}
