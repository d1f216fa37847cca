import type { Question } from '../quiz/questionTypes';
import { toGift } from '../quiz/questionTypes/gift';

/*
 * A Moodle GIFT file of chosen questions (an assignment's, or the whole bank): each question type writes
 * its own question (toGift: each type's writer in its `<type>.gift.ts`); this adds the header and keeps one blank line between
 * questions, which is how Moodle's importer tells them apart.
 */

export interface GiftOptions {
  /** Becomes the Moodle category the questions are imported into (`$CATEGORY:`), and the header's name. */
  title?: string | undefined;
}

/**
 * A category name as Moodle reads it: `/` separates subcategories, so a `/` in the name is doubled; Moodle
 * does not unescape this line, so only a backslash is escaped (as `\\`, which it does turn back), and the
 * name is kept to one line.
 */
function categoryName(title: string): string {
  return oneLine(title).replaceAll('\\', '\\\\').replaceAll('/', '//');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The GIFT file of `questions`, in their order: a comment header, an optional category, then one question per block. */
export function giftOf(questions: readonly Question[], { title }: GiftOptions = {}): string {
  const name = oneLine(title ?? '');
  const header = [
    `// ${name || 'Questions'}: ${questions.length} question${questions.length === 1 ? '' : 's'} in Moodle's GIFT format.`,
    '// In Moodle: Question bank → Import → GIFT format. Each question is named after its id in the course.',
    ...(name ? [`$CATEGORY: ${categoryName(name)}`] : []),
  ].join('\n');
  return `${[header, ...questions.map(toGift)].join('\n\n')}\n`;
}
