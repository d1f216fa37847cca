import { perfectAnswer, type AnswerOfType, type Question, type QuestionOfType, type QuestionType } from '../../src/lib/quiz/questionTypes';

/*
 * Answers the tests give on purpose: the right one comes from the question type itself; a wrong one is
 * chosen here, one way per type (the compiler asks for a new type's entry). Unit tests and the
 * browser driver share these, so "answer wrongly" means the same everywhere.
 */

const wrongAnswers: { [K in QuestionType]: (question: QuestionOfType<K>) => AnswerOfType<K> } = {
  single: (question) => (question.correct + 1) % question.options.length,
  multiple: (question) => [question.options.findIndex((_, index) => !question.correct.includes(index))],
  truefalse: (question) => !question.correct,
  // Every pair right but the first, which gets a choice that is not its match.
  matching: (question) =>
    question.pairs.map((pair, index) =>
      question.choices.indexOf(index === 0 ? question.choices.find((choice) => choice !== pair.match)! : pair.match),
    ),
};

export function rightAnswer(question: Question) {
  return perfectAnswer(question);
}

export function wrongAnswer(question: Question) {
  return (wrongAnswers[question.type] as (question: Question) => AnswerOfType<QuestionType>)(question);
}
