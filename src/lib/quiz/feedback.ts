import type { Answer, MatchingQuestion, Question } from './types';

/*
 * What feedback says about each option or pair, in words (never by colour alone). Components only
 * print these; the wording lives here so it is the same in a lesson quiz, the exam and the review.
 */

export type OptionVerdict = 'chosen-correct' | 'chosen-wrong' | 'missed-correct' | 'correct' | 'not-chosen';

export const VERDICT_LABELS: Record<OptionVerdict, string> = {
  'chosen-correct': 'Your answer: correct',
  'chosen-wrong': 'Your answer: not correct',
  'missed-correct': 'Also correct: you did not select it',
  correct: 'The correct answer',
  'not-chosen': 'Not correct',
};

/** The options of a choice question, each as shown: its authored index, text and the learner's verdict. */
export function optionVerdicts(
  question: Question,
  answer: Answer | undefined,
): { index: number; text: string; feedback: string; verdict: OptionVerdict }[] {
  if (question.type === 'matching') return [];
  const options =
    question.type === 'truefalse'
      ? [
          { text: 'True', feedback: '' },
          { text: 'False', feedback: '' },
        ]
      : question.options;
  const isRight = (index: number) =>
    question.type === 'truefalse'
      ? (index === 0) === question.correct
      : question.type === 'single'
        ? index === question.correct
        : question.correct.includes(index);
  const isChosen = (index: number) =>
    question.type === 'truefalse'
      ? answer === (index === 0)
      : question.type === 'single'
        ? answer === index
        : Array.isArray(answer) && (answer as number[]).includes(index);
  return options.map((option, index) => {
    const right = isRight(index);
    const chosen = isChosen(index);
    const verdict: OptionVerdict = chosen
      ? right
        ? 'chosen-correct'
        : 'chosen-wrong'
      : right
        ? question.type === 'multiple' && answer !== undefined
          ? 'missed-correct'
          : 'correct'
        : 'not-chosen';
    return { index, text: option.text, feedback: option.feedback, verdict };
  });
}

/** Each pair of a matching question: what the learner chose, and whether it was right. */
export function pairVerdicts(
  question: MatchingQuestion,
  answer: Answer | undefined,
): { item: string; chosen: string | undefined; match: string; correct: boolean }[] {
  const chosen = Array.isArray(answer) ? (answer as (number | null)[]) : [];
  return question.pairs.map((pair, index) => {
    const choice = chosen[index];
    const text = choice === null || choice === undefined ? undefined : question.choices[choice];
    return { item: pair.item, chosen: text, match: pair.match, correct: text === pair.match };
  });
}

/**
 * How close a partly right answer came, in words ("You found 1 of 3 correct options and picked 1
 * wrong one."); undefined for one-part questions, where right or wrong says it all.
 */
export function partsSummary(question: Question, answer: Answer | undefined): string | undefined {
  if (question.type === 'matching') {
    const right = pairVerdicts(question, answer).filter((pair) => pair.correct).length;
    return `${right} of ${question.pairs.length} pairs right.`;
  }
  if (question.type !== 'multiple') return undefined;
  const verdicts = optionVerdicts(question, answer);
  const found = verdicts.filter((option) => option.verdict === 'chosen-correct').length;
  const wrong = verdicts.filter((option) => option.verdict === 'chosen-wrong').length;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `You found ${found} of ${plural(question.correct.length, 'correct option')}${wrong > 0 ? ` and picked ${plural(wrong, 'wrong one')}` : ''}.`;
}

/** Option texts are often full sentences: drop a final full stop so a list of them reads cleanly. */
const clause = (text: string) => text.replace(/\.$/, '');

/** The learner's answer in words, for the review list. */
export function describeAnswer(question: Question, answer: Answer | undefined): string {
  if (answer === undefined) return 'No answer';
  switch (question.type) {
    case 'single':
      return clause(question.options[answer as number]?.text ?? 'No answer');
    case 'truefalse':
      return answer ? 'True' : 'False';
    case 'multiple': {
      const picked = (answer as number[]).flatMap((index) => (question.options[index] ? [clause(question.options[index].text)] : []));
      return picked.length > 0 ? picked.join('; ') : 'No answer';
    }
    case 'matching':
      return pairVerdicts(question, answer)
        .map((pair) => `${pair.item} → ${pair.chosen ?? 'no choice'}`)
        .join('; ');
  }
}

/** The right answer in words. */
export function describeCorrect(question: Question): string {
  switch (question.type) {
    case 'single':
      return clause(question.options[question.correct]!.text);
    case 'truefalse':
      return question.correct ? 'True' : 'False';
    case 'multiple':
      return question.correct.map((index) => clause(question.options[index]!.text)).join('; ');
    case 'matching':
      return question.pairs.map((pair) => `${pair.item} → ${pair.match}`).join('; ');
  }
}
