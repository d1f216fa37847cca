import '../../styles/quiz.css';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { QuizShell, type QuizShellProps } from './QuizShell';

/**
 * The quiz at the end of a lesson (island root, hydrated when it scrolls into view). Its children are
 * the server-rendered preview of the questions: if anything fails, they stay, with a short message.
 */
export default function LessonQuiz(props: QuizShellProps) {
  return (
    <ErrorBoundary activity="quiz" fallback={props.children}>
      <QuizShell {...props} />
    </ErrorBoundary>
  );
}
