/*
 * Wraps every markdown table in a focusable, labelled scroll region. A wide table on a phone then
 * scrolls inside its box instead of pushing the whole page sideways, and keyboard users can scroll
 * it too (axe's scrollable-region-focusable rule). Minimal hast shapes keep this free of extra types.
 */
interface HastNode {
  type: string;
  value?: string;
  children?: HastNode[];
}
interface HastElement extends HastNode {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** "Table: Role, What they do, Examples", from the table's header cells. */
export function tableLabel(table: HastElement): string {
  const headerCells: string[] = [];
  const collect = (node: HastNode) => {
    if (node.type === 'element' && (node as HastElement).tagName === 'th') headerCells.push(textOf(node).trim());
    else (node.children ?? []).forEach(collect);
  };
  const thead = table.children.find((child) => child.type === 'element' && (child as HastElement).tagName === 'thead');
  if (thead) collect(thead);
  const names = headerCells.filter(Boolean);
  return names.length > 0 ? `Table: ${names.join(', ')}` : 'Table';
}

function wrapTables(node: HastNode): void {
  const children = node.children;
  if (!children) return;
  children.forEach((child, index) => {
    if (child.type === 'element' && (child as HastElement).tagName === 'table') {
      const table = child as HastElement;
      const wrapper: HastElement = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: tableLabel(table) },
        children: [table],
      };
      children[index] = wrapper;
    } else {
      wrapTables(child);
    }
  });
}

/** The rehype plugin: `rehypePlugins: [rehypeTableWrap]`. */
export function rehypeTableWrap() {
  return (tree: HastNode) => wrapTables(tree);
}
