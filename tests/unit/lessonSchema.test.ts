import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/lib/content/lessonSchema';

const valid = {
  title: 'Three roles',
  summary: 'Who builds an ecosystem, who plugs into it and who gets value from it.',
  order: 4,
  objectives: [
    { id: 'orchestrator', text: 'Explain the orchestrator role' },
    { id: 'tell-apart', text: 'Tell a modular producer from a customer' },
  ],
  keyTerms: ['orchestrator', 'customer'],
  takeaways: ['Orchestrators carry the risk.', 'Producers sell into many ecosystems.', 'Customers can be businesses.'],
  sourceSections: ['3 roles in a digital ecosystem'],
};

const problems = (data: unknown) => {
  const result = lessonSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('lessonSchema', () => {
  it('accepts a complete lesson', () => {
    expect(problems(valid)).toEqual([]);
  });

  it.each(['title', 'summary', 'order', 'objectives', 'keyTerms', 'takeaways', 'sourceSections'])('requires %s', (field) => {
    const { [field as keyof typeof valid]: _omitted, ...rest } = valid;
    expect(problems(rest)).toEqual([`${field}: Required`]);
  });

  it('rejects a summary too long for a meta description', () => {
    expect(problems({ ...valid, summary: 'x'.repeat(201) })).toEqual(['summary: String must contain at most 200 character(s)']);
  });

  it('rejects order 0 and fractional orders', () => {
    expect(problems({ ...valid, order: 0 })).toEqual(['order: Number must be greater than or equal to 1']);
    expect(problems({ ...valid, order: 1.5 })).toEqual(['order: Expected integer, received float']);
  });

  it('takes key terms as glossary ids, not definitions of their own (a term is defined once, in the glossary)', () => {
    expect(problems({ ...valid, keyTerms: ['orchestrator', 'Customer journey'] })).toEqual([
      'keyTerms.1: use the id of a glossary entry, e.g. "lock-in"',
    ]);
    expect(problems({ ...valid, keyTerms: ['orchestrator', { term: 'Data', definition: 'What the system knows.' }] })).toEqual([
      'keyTerms.1: Expected string, received object',
    ]);
  });

  it('requires each objective to have its own id', () => {
    expect(problems({ ...valid, objectives: [valid.objectives[0], { ...valid.objectives[1], id: 'orchestrator' }] })).toEqual([
      'objectives: two objectives have the same id',
    ]);
    expect(problems({ ...valid, objectives: [valid.objectives[0], { text: 'No id here at all' }] })).toEqual(['objectives.1.id: Required']);
  });

  it('rejects unknown fields, so a typo cannot silently drop content', () => {
    expect(problems({ ...valid, takeaway: ['x'] })).toEqual([": Unrecognized key(s) in object: 'takeaway'"]);
  });
});
