import { describe, expect, it } from 'vitest';
import { nextSteps, type LessonStanding } from '../../src/lib/progress/nextSteps';

const lesson = (id: string, read: boolean, quizPassed: boolean, toMaster: string[] = []): LessonStanding => ({
  id,
  read,
  quizPassed,
  toMaster,
});

describe('nextSteps', () => {
  it('starts with the first lesson: read it', () => {
    expect(nextSteps([lesson('a', false, false), lesson('b', false, false)], 0, false)).toEqual([{ kind: 'read', lesson: 'a' }]);
  });

  it('then its quiz, then what it has not mastered, before moving on', () => {
    expect(nextSteps([lesson('a', true, false), lesson('b', false, false)], 0, false)).toEqual([{ kind: 'quiz', lesson: 'a' }]);
    expect(nextSteps([lesson('a', true, true, ['Name the roles']), lesson('b', false, false)], 0, false)).toEqual([
      { kind: 'practise', lesson: 'a', objectives: ['Name the roles'] },
    ]);
    expect(nextSteps([lesson('a', true, true), lesson('b', true, false)], 0, false)).toEqual([{ kind: 'quiz', lesson: 'b' }]);
  });

  it('puts due reviews first, and the exam once every lesson is mastered', () => {
    expect(nextSteps([lesson('a', true, true)], 3, false)).toEqual([{ kind: 'review', count: 3 }, { kind: 'exam' }]);
    expect(nextSteps([lesson('a', true, true)], 0, true)).toEqual([{ kind: 'done' }]);
  });
});
