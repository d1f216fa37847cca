import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, type GIFTQuestion, type Matching, type MultipleChoice, type TrueFalse } from 'gift-pegjs';
import type { Question } from '../../src/lib/quiz/questionTypes';
import { toGift } from '../../src/lib/quiz/questionTypes/gift';
import { MOODLE_GRADES } from '../../src/lib/quiz/questionTypes/giftFormat';
import type { MultipleResponseQuestion } from '../../src/lib/quiz/questionTypes/multiple';
import { giftOf } from '../../src/lib/teach/gift';
import { questionBank } from '../support/questionBank';
import { matching, multiple, sampleQuiz, single, trueFalse } from '../support/quizFixtures';

const bank = questionBank();

/** The questions gift-pegjs reads from a file, without the category line. */
const parsedQuestions = (text: string) => parse(text).filter((question) => question.type !== 'Category');

/** The `~%w%` weights of a multiple-response question's GIFT, in option order (read here, not by gift-pegjs). */
const weightsOf = (gift: string) => [...gift.matchAll(/^\t~%(-?[\d.]+)%/gm)].map((match) => Number(match[1]));

const option = (text: string) => ({ text, feedback: `Why ${text}.` });

/** What one of our questions must read as once imported: gift-pegjs's reading, checked type by type. */
function expectReadAs(question: Question, parsed: GIFTQuestion) {
  expect(parsed).toMatchObject({ title: question.id, stem: { text: question.prompt }, globalFeedback: { text: question.explanation } });
  switch (question.type) {
    case 'single': {
      const choices = (parsed as MultipleChoice).choices;
      expect(parsed.type).toBe('MC');
      expect(choices.map((choice) => [choice.text.text, choice.feedback?.text, choice.isCorrect])).toEqual(
        question.options.map((entry, index) => [entry.text, entry.feedback, index === question.correct]),
      );
      break;
    }
    case 'multiple': {
      // gift-pegjs marks no weighted answer as correct: the weights are what Moodle grades by.
      const choices = (parsed as MultipleChoice).choices;
      expect(parsed.type).toBe('MC');
      expect(choices.map((choice) => [choice.text.text, choice.feedback?.text, (choice.weight ?? 0) > 0])).toEqual(
        question.options.map((entry, index) => [entry.text, entry.feedback, question.correct.includes(index)]),
      );
      break;
    }
    case 'truefalse':
      expect(parsed.type).toBe('TF');
      expect((parsed as TrueFalse).isTrue).toBe(question.correct);
      break;
    case 'matching': {
      const pairs = (parsed as Matching).matchPairs.map((pair) => [pair.subquestion.text, pair.subanswer]);
      const distractors = question.choices.filter((choice) => !question.pairs.some((pair) => pair.match === choice));
      expect(parsed.type).toBe('Matching');
      expect(pairs).toEqual([...question.pairs.map((pair) => [pair.item, pair.match]), ...distractors.map((choice) => ['', choice])]);
      break;
    }
  }
}

describe('giftOf over the whole bank', () => {
  const text = giftOf(bank, { title: 'Digital ecosystems' });

  it('gift-pegjs reads every question back: its id as title, its prompt, answers and explanation', () => {
    const parsed = parsedQuestions(text);
    expect(parsed).toHaveLength(bank.length);
    bank.forEach((question, index) => expectReadAs(question, parsed[index]!));
  });

  it('has the header, the category, and exactly one blank line between questions', () => {
    const blocks = text.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(bank.length + 1);
    expect(blocks[0]).toMatch(/^\/\/ Digital ecosystems: \d+ questions/);
    expect(blocks[0]).toContain('\n$CATEGORY: Digital ecosystems');
    expect(text).not.toMatch(/\n\n\n/);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parse(text)[0]).toEqual({ type: 'Category', title: 'Digital ecosystems' });
  });

  it('every multiple-response question: right options share 100 %, wrong ones −100 %, each weight a Moodle grade', () => {
    const multiples = bank.filter((question): question is MultipleResponseQuestion & { lesson: string } => question.type === 'multiple');
    expect(multiples.length).toBeGreaterThan(0);
    for (const question of multiples) {
      const weights = weightsOf(toGift(question));
      expect(weights).toHaveLength(question.options.length);
      const positive = weights.filter((weight) => weight > 0);
      const negative = weights.filter((weight) => weight < 0);
      expect(positive).toHaveLength(question.correct.length);
      expect(Math.abs(positive.reduce((sum, weight) => sum + weight, 0) - 100)).toBeLessThan(0.001);
      expect(Math.abs(negative.reduce((sum, weight) => sum + weight, 0) + 100)).toBeLessThan(0.001);
      for (const weight of weights) expect(MOODLE_GRADES).toContain(Math.abs(weight));
    }
  });

  it('says nothing about weights where equal shares are Moodle grades (every question in the bank today)', () => {
    const notes = bank.filter((question) => question.type === 'multiple' && toGift(question).startsWith('//'));
    expect(notes.map((question) => question.id)).toEqual([]);
  });

  it('without a title: no category line, and the header still a comment', () => {
    const plain = giftOf(sampleQuiz);
    expect(plain).not.toContain('$CATEGORY');
    expect(plain.startsWith('// Questions: 4 questions')).toBe(true);
    expect(parsedQuestions(plain)).toHaveLength(4);
  });

  it('a title on one line; a / doubled (Moodle reads / as a subcategory), a backslash escaped', () => {
    expect(giftOf([single], { title: ' Week 3 /\n quiz \\ A ' })).toContain('\n$CATEGORY: Week 3 // quiz \\\\ A\n');
  });
});

describe('each type in GIFT', () => {
  it('single choice: =right#feedback and ~wrong#feedback, per option', () => {
    expect(toGift(single)).toContain('{\n\t~Orchestrator#Why "Orchestrator".\n\t=Modular producer#Why "Modular producer".\n\t~Customer#');
  });

  it('multiple response: 2 right share 50 % each, 2 wrong −50 % each, so ticking all scores 0', () => {
    expect(weightsOf(toGift(multiple))).toEqual([50, -50, 50, -50]);
  });

  it('multiple response: 3 right get 33.33333 %, never 33.3', () => {
    const three = { ...multiple, options: ['a', 'b', 'c', 'd'].map(option), correct: [0, 1, 2] };
    expect(weightsOf(toGift(three))).toEqual([33.33333, 33.33333, 33.33333, -100]);
  });

  it('multiple response: a share Moodle lacks (11 right) is said in a comment, and a listed mix is used', () => {
    const eleven = {
      ...multiple,
      options: Array.from({ length: 12 }, (_, index) => option(`o${index}`)),
      correct: Array.from({ length: 11 }, (_, index) => index),
    };
    const gift = toGift(eleven);
    expect(gift.split('\n')[0]).toBe(
      '// 100/11 % is not a grade Moodle accepts, so the 11 right options get 10, 10, 10, 10, 10, 10, 10, 10, 10, 5, 5 %.',
    );
    expect(weightsOf(gift).reduce((sum, weight) => sum + weight, 0)).toBe(0);
    expect(parsedQuestions(gift)).toHaveLength(1);
  });

  it('multiple response: no Moodle grades can share 100 % among 21 right options: the build says so', () => {
    const many = {
      ...multiple,
      options: Array.from({ length: 22 }, (_, index) => option(`o${index}`)),
      correct: Array.from({ length: 21 }, (_, index) => index),
    };
    expect(() => toGift(many)).toThrow(
      'question "roles-orchestrators": Moodle\'s grade list cannot share 100 % among 21 right and 1 wrong options',
    );
  });

  it('true/false: {F#shown after a wrong answer#shown after a right one}, as Moodle orders them', () => {
    expect(toGift(trueFalse)).toContain('{\n\tF#Not quite.#Correct.\n');
    expect(toGift({ ...trueFalse, correct: true })).toContain('{\n\tT#Not quite.#Correct.\n');
  });

  it('matching: =item -> match per pair, and = -> choice for a choice no item matches', () => {
    const withDistractor = { ...matching, choices: [...matching.choices, 'Regulator'] };
    expect(toGift(withDistractor)).toContain(
      '\t=Amazon -> Orchestrator\n\t=PayPal -> Modular producer\n\t=Airbnb guest -> Customer\n\t= -> Regulator\n',
    );
    expectReadAs(withDistractor, parsedQuestions(toGift(withDistractor))[0]!);
  });

  it('matching: an item with -> keeps its first -> (Moodle splits there) as -&gt;', () => {
    const arrow = { ...matching, pairs: [{ item: 'A -> B', match: 'Orchestrator' }, ...matching.pairs.slice(1)] };
    expect(toGift(arrow)).toContain('\t=A -&gt; B -> Orchestrator\n');
  });

  it('matching: two rows import, but Moodle’s editing form wants three: said in a comment', () => {
    const two = { ...matching, choices: ['Orchestrator', 'Customer'], pairs: [matching.pairs[0]!, matching.pairs[2]!] };
    expect(toGift(two).split('\n')[0]).toMatch(/^\/\/ Moodle imports this, but its editing form asks for at least 3 answers/);
    expect(toGift(matching)).not.toMatch(/^\/\//);
  });

  it('any text survives: prompts, options and feedback with GIFT control characters read back exactly', () => {
    const content = fc
      .string({ unit: fc.constantFrom('a', 'b', ' ', '\\', '~', '=', '#', '{', '}', ':', '%', '-', '>', '/', 'é'), minLength: 1 })
      // gift-pegjs (not Moodle) collapses runs of spaces, so the texts here have single ones.
      .map((value) => `x${value}x`.replace(/ +/g, ' '));
    fc.assert(
      fc.property(content, content, content, (prompt, text, feedback) => {
        const question: Question = {
          ...single,
          prompt,
          explanation: feedback,
          options: [option(text), { text: `${text}!`, feedback }, option('c')],
        };
        expectReadAs(question, parsedQuestions(giftOf([question]))[0]!);
      }),
      { numRuns: 200 },
    );
  });
});
