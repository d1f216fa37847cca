import { describe, expect, it } from 'vitest';
import { fail, failureMessages, LinkFailure, type AssignmentLinkFailure } from '../../src/lib/teach/linkFailures';

describe('failureMessages', () => {
  it.each(Object.keys(failureMessages) as AssignmentLinkFailure[])('%s says what to do: reload, or ask the teacher', (reason) => {
    const message = (failureMessages[reason] as (...args: unknown[]) => string)(7, 7);
    expect(message).toMatch(/(reload the page|teacher)[^.]*\.$/i);
    expect(message).not.toMatch(/[<>]/);
  });
});

describe('fail', () => {
  it('throws a LinkFailure carrying the reason and its message', () => {
    expect(() => fail('retired-question', 'roles-paypal', 12)).toThrow(
      new LinkFailure(
        'retired-question',
        'Question "roles-paypal" (number 12) was removed from the course after this assignment was made, so the assignment cannot be taken. Ask your teacher for a new link.',
      ),
    );
    try {
      fail('duplicate-question', 3);
    } catch (error) {
      expect(error).toMatchObject({ reason: 'duplicate-question' });
    }
  });
});
