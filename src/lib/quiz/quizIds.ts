/** The id the final exam's progress is saved under (lesson quizzes use their lesson's slug). */
export const FINAL_EXAM_ID = 'final-exam';

/** The id a review session in progress is saved under, to resume it after a reload. */
export const REVIEW_QUIZ_ID = 'review';
