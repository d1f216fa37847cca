import type { ComponentType } from 'preact';
import type { AnswerOfType, QuestionOfType, QuestionType } from '../../../lib/quiz/questionTypes';
import { multipleResponse } from '../../../lib/quiz/questionTypes/multiple';
import { singleChoice } from '../../../lib/quiz/questionTypes/single';
import { trueFalse } from '../../../lib/quiz/questionTypes/trueFalse';
import { choiceInput } from './ChoiceInput';
import type { InputProps } from './inputProps';
import { MatchingInput } from './MatchingInput';

/** The input component of every question type; the compiler insists on one per type in src/lib/quiz/questionTypes. */
export const questionInputs = {
  single: choiceInput(singleChoice),
  multiple: choiceInput(multipleResponse),
  truefalse: choiceInput(trueFalse),
  matching: MatchingInput,
} satisfies { [K in QuestionType]: ComponentType<InputProps<QuestionOfType<K>, AnswerOfType<K>>> };

export type { InputProps };
