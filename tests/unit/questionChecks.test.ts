import { describe, expect, it } from 'vitest';
import { questionProblems } from '../../src/lib/quiz/questionChecks';
import type { MatchingQuestion, MultipleResponseQuestion, SingleChoiceQuestion } from '../../src/lib/quiz/types';

const options = [
  { text: 'Orchestrator', feedback: 'Runs it.' },
  { text: 'Modular producer', feedback: 'Plugs in.' },
  { text: 'Customer', feedback: 'Uses it.' },
];
const single: SingleChoiceQuestion = { id: 'q', section: 's', prompt: 'p', explanation: 'e', type: 'single', options, correct: 1 };
const multiple: MultipleResponseQuestion = { ...single, type: 'multiple', correct: [0, 2] };
const matching: MatchingQuestion = {
  id: 'm',
  section: 's',
  prompt: 'p',
  explanation: 'e',
  type: 'matching',
  choices: ['Orchestrator', 'Modular producer', 'Customer'],
  pairs: [
    { item: 'Amazon', match: 'Orchestrator' },
    { item: 'PayPal', match: 'Modular producer' },
  ],
};

describe('questionProblems', () => {
  it('finds nothing wrong with well-formed questions', () => {
    expect(questionProblems(single)).toEqual([]);
    expect(questionProblems(multiple)).toEqual([]);
    expect(questionProblems(matching)).toEqual([]);
    expect(questionProblems({ id: 't', section: 's', prompt: 'p', explanation: 'e', type: 'truefalse', correct: false })).toEqual([]);
  });

  it('reports answers outside the options, for single and multiple', () => {
    expect(questionProblems({ ...single, correct: 3 })).toEqual(['correct answer 3 is out of range: the 3 options are numbered 0 to 2']);
    expect(questionProblems({ ...single, correct: -1 })).toEqual(['correct answer -1 is out of range: the 3 options are numbered 0 to 2']);
    expect(questionProblems({ ...multiple, correct: [0, 5] })).toEqual([
      'correct answer 5 is out of range: the 3 options are numbered 0 to 2',
    ]);
  });

  it('reports a multiple-response question with no right option, or only right options', () => {
    expect(questionProblems({ ...multiple, correct: [] })).toEqual([
      'no correct answer: list the index of every right option in `correct`',
    ]);
    expect(questionProblems({ ...multiple, correct: [0, 1, 2] })).toEqual([
      'every option is correct, so the question tests nothing: add wrong options',
    ]);
    expect(questionProblems({ ...multiple, correct: [1, 1] })).toEqual(['`correct` lists the same option twice']);
  });

  it('reports options that read the same', () => {
    expect(questionProblems({ ...single, options: [...options, { text: ' customer ', feedback: 'x' }] })).toEqual([
      'options 2 and 3 read the same: " customer "',
    ]);
  });

  it('reports matching pairs that do not line up with the choices', () => {
    expect(questionProblems({ ...matching, pairs: [...matching.pairs, { item: 'Airbnb guest', match: 'Consumer' }] })).toEqual([
      'the pair "Airbnb guest" is matched to "Consumer", which is not one of the choices ("Orchestrator", "Modular producer", "Customer")',
    ]);
    expect(questionProblems({ ...matching, pairs: [...matching.pairs, { item: 'Amazon', match: 'Customer' }] })).toEqual([
      'two pairs have the same item: each item must appear once',
    ]);
    expect(questionProblems({ ...matching, choices: [...matching.choices, 'Customer'] })).toEqual(['two choices read the same']);
  });
});
