import { describe, expect, it } from 'vitest';
import { rehypeTableWrap, tableLabel } from '../../src/lib/markdown/rehypeTableWrap';

const text = (value: string) => ({ type: 'text' as const, value });
const element = (tagName: string, children: unknown[] = []) => ({ type: 'element' as const, tagName, properties: {}, children });
const table = () =>
  element('table', [
    element('thead', [element('tr', [element('th', [text('Role')]), element('th', [text(' Examples ')])])]),
    element('tbody', [element('tr', [element('td', [text('Orchestrator')]), element('td', [text('Amazon')])])]),
  ]);

describe('rehypeTableWrap', () => {
  it('wraps a table, even a nested one, in a focusable labelled region', () => {
    const tree = { type: 'root', children: [element('p', [text('Intro')]), element('div', [table()])] };
    rehypeTableWrap()(tree as never);
    const wrapper = (tree.children[1] as ReturnType<typeof element>).children[0] as ReturnType<typeof element>;
    expect(wrapper.tagName).toBe('div');
    expect(wrapper.properties).toEqual({ className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: 'Table: Role, Examples' });
    expect((wrapper.children[0] as ReturnType<typeof element>).tagName).toBe('table');
  });

  it('leaves a tree without tables alone', () => {
    const tree = { type: 'root', children: [element('p', [text('No tables here')])] };
    const before = JSON.stringify(tree);
    rehypeTableWrap()(tree as never);
    expect(JSON.stringify(tree)).toBe(before);
  });
});

describe('tableLabel', () => {
  it('falls back to "Table" when there is no header row', () => {
    expect(tableLabel(element('table', [element('tbody')]) as never)).toBe('Table');
  });
});
