// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { QuestionView } from '../../src/islands/quiz/QuestionView';
import { evaluate, type Question } from '../../src/lib/quiz/questionTypes';
import type { QuizQuestion } from '../../src/lib/quiz/quizData';
import { matching, multiple, single, trueFalse } from '../support/quizFixtures';

const link = { href: '#modular-producer', text: 'Re-read “Modular producer”' };
const withLink = (question: Question): QuizQuestion => ({ ...question, lesson: 'three-roles', link });

afterEach(cleanup);

describe('QuestionView', () => {
  it('shows options in the given order and reports a choice as an authored index', () => {
    const onAnswer = vi.fn();
    render(<QuestionView question={withLink(single)} order={[2, 0, 1]} answer={undefined} onAnswer={onAnswer} idPrefix="t" />);
    expect(screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Customer',
      'Orchestrator',
      'Modular producer',
    ]);
    fireEvent.click(screen.getByLabelText('Modular producer'));
    expect(onAnswer).toHaveBeenCalledWith(1);
  });

  it('builds a multiple-response answer option by option', () => {
    const onAnswer = vi.fn();
    render(<QuestionView question={withLink(multiple)} order={[0, 1, 2, 3]} answer={[2]} onAnswer={onAnswer} idPrefix="t" />);
    fireEvent.click(screen.getByLabelText('Amazon'));
    expect(onAnswer).toHaveBeenCalledWith([0, 2]);
    expect(screen.getByText('Select all that apply.')).toBeTruthy();
  });

  it('once checked: inputs are locked, and every verdict is in words, with the explanation and the link', () => {
    render(
      <QuestionView
        question={withLink(multiple)}
        order={[0, 1, 2, 3]}
        answer={[0, 1]}
        onAnswer={() => {}}
        idPrefix="t"
        evaluation={evaluate(multiple, [0, 1])}
      />,
    );
    expect(screen.getAllByRole('checkbox').every((box) => (box as HTMLInputElement).disabled)).toBe(true);
    expect(screen.getByText(/Your answer: correct/)).toBeTruthy();
    expect(screen.getByText(/Your answer: not correct/)).toBeTruthy();
    expect(screen.getByText(/Also correct: you did not select it/)).toBeTruthy();
    expect(screen.getByText(/You found 1 of 2 correct options and picked 1 wrong one/)).toBeTruthy();
    expect(screen.getByText(multiple.explanation)).toBeTruthy();
    expect(screen.getByRole('link', { name: link.text }).getAttribute('href')).toBe(link.href);
    // Each option's verdict is tied to its input for screen readers.
    const amazon = screen.getByLabelText('Amazon');
    expect(document.getElementById(amazon.getAttribute('aria-describedby')!)?.textContent).toContain('Your answer: correct');
  });

  it('matching: one labelled select per item, and per-pair verdicts after checking', () => {
    const onAnswer = vi.fn();
    const { rerender } = render(
      <QuestionView question={withLink(matching)} order={[0, 1, 2]} answer={undefined} onAnswer={onAnswer} idPrefix="t" />,
    );
    const select = screen.getByLabelText('PayPal') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: '1' } });
    expect(onAnswer).toHaveBeenCalledWith([null, 1, null]);
    rerender(
      <QuestionView
        question={withLink(matching)}
        order={[0, 1, 2]}
        answer={[0, 2, 2]}
        onAnswer={onAnswer}
        idPrefix="t"
        evaluation={evaluate(matching, [0, 2, 2])}
      />,
    );
    expect(screen.getAllByText('✓ Correct.')).toHaveLength(2);
    expect(screen.getByText('✗ Not correct: the answer is Modular producer.')).toBeTruthy();
    expect(screen.getByText(/2 of 3 pairs right/)).toBeTruthy();
  });

  it('true/false: True above False, never shuffled, answered as a boolean', () => {
    const onAnswer = vi.fn();
    render(<QuestionView question={withLink(trueFalse)} order={undefined} answer={undefined} onAnswer={onAnswer} idPrefix="t" />);
    expect(screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['True', 'False']);
    fireEvent.click(screen.getByLabelText('False'));
    expect(onAnswer).toHaveBeenCalledWith(false);
  });

  it('two questions on one page never share input names or ids', () => {
    render(
      <>
        <QuestionView question={withLink(single)} order={undefined} answer={undefined} onAnswer={() => {}} idPrefix="quiz-a" />
        <QuestionView question={withLink(single)} order={undefined} answer={undefined} onAnswer={() => {}} idPrefix="quiz-b" />
      </>,
    );
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(screen.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).name)).size).toBe(2);
  });
});
