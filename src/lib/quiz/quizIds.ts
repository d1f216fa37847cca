/** The id the final exam's progress is saved under (lesson quizzes use their lesson's slug). */
export const FINAL_EXAM_ID = 'final-exam';
