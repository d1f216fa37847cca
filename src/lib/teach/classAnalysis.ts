import { describeParts, perfectAnswer, type AnswerValue, type Question } from '../quiz/questionTypes';
import { plural } from '../quiz/questionTypes/questionType';
import { isPassing } from '../quiz/passMark';
import { percent } from '../quiz/scoring';
import type { Assignment } from './assignment';
import { passShare, type LearnerGrade, type QuestionsById } from './grading';

/*
 * What the class as a whole got right and wrong, from the re-graded results (grading.ts): per question,
 * per objective, and the spread of scores for a chart with a text alternative.
 */

export interface QuestionAnalysis {
  id: string;
  /** Learners graded on it (0 when the bank no longer has it). */
  learners: number;
  right: number;
  unanswered: number;
  /** right / learners, 0 when nobody was graded on it. */
  share: number;
  /**
   * The wrong choice made most often, in words, and by how many learners: for a question of several parts (a
   * multiple response, a matching) one wrong part — a wrong tick, a wrong pair, or else a right option left
   * out — so a class's shared mistake shows even when no two answers are the same; undefined when nobody was wrong.
   */
  commonWrong?: { words: string; count: number } | undefined;
}

export interface ObjectiveAnalysis {
  lesson: string;
  objective: string;
  /** How many of the assignment's questions check it. */
  questions: number;
  /** Answers graded (learners × its questions), and how many were right. */
  answers: number;
  right: number;
  /** right / answers. */
  share: number;
  /** The class as a whole did not reach the assignment's pass mark on it. */
  missed: boolean;
}

/** One bar of the score chart: learners whose percent lies in from–to (whole percents, both included). */
export interface ScoreBin {
  label: string;
  /** The bin's mark on the chart's axis: its score, or the lowest percent it holds. */
  tick: string;
  from: number;
  to: number;
  count: number;
}

export interface ScoreDistribution {
  /** One bin per possible score when there are at most 10 questions, else ten bins of 10 %. */
  bins: ScoreBin[];
  /** The chart in words, for its text alternative. */
  summary: string;
  /** What the axis counts. */
  axis: string;
}

export interface ClassAnalysis {
  learners: number;
  passed: number;
  questions: QuestionAnalysis[];
  /** Lowest share right first: what the class missed most. */
  objectives: ObjectiveAnalysis[];
  distribution: ScoreDistribution;
}

/** The most frequent entry (ties: the one that sorts first, so the page never flickers between equals). */
function mostFrequent(words: string[]): { words: string; count: number } | undefined {
  const counts = new Map<string, number>();
  for (const entry of words) counts.set(entry, (counts.get(entry) ?? 0) + 1);
  return [...counts]
    .map(([entry, count]) => ({ words: entry, count }))
    .sort((a, b) => b.count - a.count || (a.words < b.words ? -1 : a.words > b.words ? 1 : 0))[0];
}

/**
 * The parts of a wrong answer that are wrong, in its type's own words: what it has that the perfect answer lacks,
 * or (when it only left something out) the parts it left out.
 */
function wrongParts(question: Question, answer: AnswerValue): string[] {
  const given = describeParts(question, answer);
  if (given.length === 0) return ['an answer that does not fit the question'];
  const perfect = describeParts(question, perfectAnswer(question));
  const extra = given.filter((part) => !perfect.includes(part));
  return extra.length > 0 ? extra : perfect.filter((part) => !given.includes(part)).map((part) => `left out: ${part}`);
}

/** Per question: share right, unanswered, and the most chosen wrong part of an answer in its type's own words. */
export function analyseQuestions(assignment: Assignment, bank: QuestionsById, grades: readonly LearnerGrade[]): QuestionAnalysis[] {
  return assignment.questionIds.map((id, index) => {
    const question = bank.get(id);
    const graded = question ? grades : [];
    const right = graded.filter((grade) => grade.marks[index] === 'right').length;
    const wrongWords = question
      ? graded
          .filter((grade) => grade.marks[index] === 'wrong')
          // Each learner counts once per wrong part.
          .flatMap((grade) => [...new Set(wrongParts(question, grade.answers[index] as AnswerValue))])
      : [];
    return {
      id,
      learners: graded.length,
      right,
      unanswered: graded.filter((grade) => grade.marks[index] === 'unanswered').length,
      share: graded.length === 0 ? 0 : right / graded.length,
      commonWrong: mostFrequent(wrongWords),
    };
  });
}

/** Per lesson objective: the share of answers right, lowest first; `missed` below the assignment's pass mark. */
export function analyseObjectives(assignment: Assignment, bank: QuestionsById, grades: readonly LearnerGrade[]): ObjectiveAnalysis[] {
  const byObjective = new Map<string, ObjectiveAnalysis>();
  assignment.questionIds.forEach((id, index) => {
    const question = bank.get(id);
    if (!question) return;
    const key = `${question.lesson}/${question.objective}`;
    const entry = byObjective.get(key) ?? {
      lesson: question.lesson,
      objective: question.objective,
      questions: 0,
      answers: 0,
      right: 0,
      share: 0,
      missed: false,
    };
    entry.questions++;
    entry.answers += grades.length;
    entry.right += grades.filter((grade) => grade.marks[index] === 'right').length;
    byObjective.set(key, entry);
  });
  const objectives = [...byObjective.values()].map((entry) => ({
    ...entry,
    share: entry.answers === 0 ? 0 : entry.right / entry.answers,
    missed: entry.answers > 0 && !isPassing({ score: entry.right, total: entry.answers }, passShare(assignment)),
  }));
  // A stable sort keeps the assignment's order among equal shares.
  return objectives.sort((a, b) => a.share - b.share);
}

const formatNumber = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** The scores' spread as chart bins and a sentence: per score up to 10 questions, else per 10 %. */
export function scoreDistribution(grades: readonly LearnerGrade[], total: number, passPercent: number): ScoreDistribution {
  const percents = grades.map((grade) => percent(grade));
  const bins: ScoreBin[] =
    total <= 10
      ? Array.from({ length: total + 1 }, (_, score) => {
          const at = percent({ score, total });
          return {
            label: `${score} of ${total}`,
            tick: String(score),
            from: at,
            to: at,
            count: grades.filter((grade) => grade.score === score).length,
          };
        })
      : Array.from({ length: 10 }, (_, tenth) => {
          const from = tenth * 10;
          const to = tenth === 9 ? 100 : from + 9;
          return {
            label: `${from}–${to} %`,
            tick: String(from),
            from,
            to,
            count: percents.filter((value) => value >= from && value <= to).length,
          };
        });
  const axis = total <= 10 ? `Questions right, of ${total}` : 'Percent right, in bars of 10 %';
  if (grades.length === 0) return { bins, axis, summary: 'No results yet.' };
  const scores = grades.map((grade) => grade.score).sort((a, b) => a - b);
  const middle = scores.length / 2;
  const median = scores.length % 2 === 1 ? scores[Math.floor(middle)]! : (scores[middle - 1]! + scores[middle]!) / 2;
  const passed = grades.filter((grade) => grade.passed).length;
  const filled = bins.filter((bin) => bin.count > 0).map((bin) => `${bin.label}: ${bin.count}`);
  const summary =
    `${plural(grades.length, 'learner')}, out of ${total}: lowest ${scores[0]}, median ${formatNumber(median)}, highest ${scores.at(-1)}. ` +
    `${passed} passed (pass mark ${passPercent} %). Learners per score: ${filled.join('; ')}.`;
  return { bins, axis, summary };
}

/** The whole class picture: per question, per objective, and the score distribution. */
export function analyseClass(assignment: Assignment, bank: QuestionsById, grades: readonly LearnerGrade[]): ClassAnalysis {
  const total = assignment.questionIds.filter((id) => bank.has(id)).length;
  return {
    learners: grades.length,
    passed: grades.filter((grade) => grade.passed).length,
    questions: analyseQuestions(assignment, bank, grades),
    objectives: analyseObjectives(assignment, bank, grades),
    distribution: scoreDistribution(grades, total, assignment.passPercent),
  };
}
