import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertLessonOrder, lessonOrderProblems, neighbours, sortLessons } from '../../src/lib/lessonOrder';

const lesson = (id: string, order: number) => ({ id, data: { order, title: id } });
const course = [lesson('c', 3), lesson('a', 1), lesson('b', 2)];

describe('sortLessons', () => {
  it('puts lessons in learning-path order without touching the input', () => {
    expect(sortLessons(course).map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(course.map((l) => l.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('lessonOrderProblems', () => {
  it('accepts 1..n in any file order', () => {
    expect(lessonOrderProblems(course)).toEqual([]);
  });

  it('names both lessons that claim the same position', () => {
    expect(lessonOrderProblems([lesson('a', 1), lesson('b', 1)])).toEqual(['order 1 is used by a, b: each lesson needs its own position']);
  });

  it('names a lesson whose order leaves a gap', () => {
    expect(lessonOrderProblems([lesson('a', 1), lesson('b', 3)])).toEqual([
      'b: order 3 leaves a gap (there are 2 lessons, so orders run 1..2)',
    ]);
  });

  it('finds no problem exactly when the orders are a permutation of 1..n', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 8 }), (orders) => {
        const lessons = orders.map((order, index) => lesson(`l${index}`, order));
        const isPermutation = [...orders].sort((a, b) => a - b).every((order, index) => order === index + 1);
        expect(lessonOrderProblems(lessons).length === 0).toBe(isPermutation);
      }),
    );
  });
});

describe('assertLessonOrder', () => {
  it('throws one message naming the folder and every problem', () => {
    expect(() => assertLessonOrder([lesson('a', 2), lesson('b', 2)])).toThrowErrorMatchingInlineSnapshot(`
      [Error: content/lessons: the lesson order is broken:
        - order 2 is used by a, b: each lesson needs its own position]
    `);
  });
});

describe('neighbours', () => {
  it('links each lesson to the ones before and after it', () => {
    expect(neighbours(course, 'a')).toEqual({ next: lesson('b', 2) });
    expect(neighbours(course, 'b')).toEqual({ previous: lesson('a', 1), next: lesson('c', 3) });
    expect(neighbours(course, 'c')).toEqual({ previous: lesson('b', 2) });
  });

  it('returns nothing for an unknown lesson', () => {
    expect(neighbours(course, 'zzz')).toEqual({});
  });
});
