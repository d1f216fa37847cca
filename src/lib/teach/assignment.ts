/*
 * A teacher's assignment, as the teacher's page builds it and the learner's link carries it. Plain data:
 * encoding it into a link lives in assignmentLink.ts, sealing results in seal.ts, grading in grading.ts.
 */

/** When learners see whether they were right: after each question, at the end, or only once the teacher grades. */
export type FeedbackTiming = 'each' | 'end' | 'graded';

/** The order learners see the questions in: as the teacher chose them, or shuffled for each learner. */
export type QuestionOrder = 'fixed' | 'shuffled';

export interface Assignment {
  title: string;
  /** What the teacher tells the class; plain text, never HTML. May be empty. */
  instructions: string;
  /** The last day to hand in, as a calendar day 'YYYY-MM-DD' (the teacher's), or undefined for none. */
  due?: string | undefined;
  /** The chosen questions by id, in the teacher's order. */
  questionIds: string[];
  order: QuestionOrder;
  feedback: FeedbackTiming;
  /** The pass mark, a whole percentage 0–100. */
  passPercent: number;
  /**
   * The teacher's public key (ECDH P-256, 33-byte compressed point) that results are sealed to;
   * undefined for an assignment that collects no sealed results.
   */
  teacherKey?: Uint8Array | undefined;
}
