import type { FunctionComponent } from 'preact';
import type { QuizRunnerProps } from './QuizRunner';
import type { QuizQuestion } from './types';

export interface LoadedQuiz {
  Runner: FunctionComponent<QuizRunnerProps>;
  questions: QuizQuestion[];
}

const loads = new Map<string, Promise<LoadedQuiz>>();

/**
 * Fetches a quiz's questions (static JSON made at build time) and the quiz runner code, once per page:
 * an idle prefetch and a click on Start share the same request. A failed load is forgotten so the
 * learner can try again.
 */
export function loadQuiz(questionsUrl: string): Promise<LoadedQuiz> {
  let load = loads.get(questionsUrl);
  if (!load) {
    load = Promise.all([
      import('./QuizRunner'),
      fetch(questionsUrl).then((response) => {
        if (!response.ok) throw new Error(`${questionsUrl}: HTTP ${response.status}`);
        return response.json() as Promise<{ questions: QuizQuestion[] }>;
      }),
    ]).then(([module, data]) => ({ Runner: module.QuizRunner, questions: data.questions }));
    load.catch(() => loads.delete(questionsUrl));
    loads.set(questionsUrl, load);
  }
  return load;
}
