import { useMemo } from 'preact/hooks';
import { FINAL_EXAM_ID } from '../../lib/progress/keys';
import { drawExam } from '../../lib/quiz/examDraw';
import { newAttempt } from '../../lib/quiz/quizMachine';
import { restorableAttempt } from '../../lib/quiz/restore';
import type { BankQuestion } from '../../lib/quiz/types';
import { QuizRunner } from './QuizRunner';
import type { QuizQuestion } from './types';
import { useStoredQuiz } from './useStoredQuiz';

export interface ExamSessionProps {
  bank: (BankQuestion & QuizQuestion)[];
  seed: number;
  /** Resume the saved attempt instead of starting this draw afresh. */
  resume: boolean;
  questionCount: number;
  onNewExam: () => void;
}

/** One exam attempt: the seeded draw from the bank, run in exam mode. Loaded only when an exam starts. */
export function ExamSession({ bank, seed, resume, questionCount, onNewExam }: ExamSessionProps) {
  const { record } = useStoredQuiz(FINAL_EXAM_ID, { hydrated: false });
  const setup = useMemo(() => {
    const saved = resume ? restorableAttempt(record.current, bank) : undefined;
    if (saved)
      return {
        questions: bank.filter((question) => saved.order.includes(question.id)),
        start: { type: 'resume' as const, attempt: saved },
      };
    const questions = drawExam(bank, seed, questionCount);
    return { questions, start: { type: 'begin' as const, attempt: newAttempt(questions, 'full', seed) } };
  }, [seed, resume]);
  const draw = setup.start.attempt.seed;
  return (
    <QuizRunner
      key={`${draw}-${resume}`}
      quizId={FINAL_EXAM_ID}
      title={`Final exam · draw ${draw}`}
      questions={setup.questions}
      mode="exam"
      start={setup.start}
      onNewExam={onNewExam}
      resultNote={
        <p class="quiz-share">
          Same questions for someone else, or for you later: <a href={`?draw=${draw}`}>take draw {draw} again</a>.
        </p>
      }
    />
  );
}
