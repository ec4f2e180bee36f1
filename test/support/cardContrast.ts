/** Container styles whose background is white (or near) in Teams' light theme. */
const LIGHT_STYLES = new Set(['', 'default', 'emphasis']);

type Node = Record<string, unknown>;

/**
 * Text coloured "Warning" on a white container is yellow on white in Teams and hard to read: a warning goes in a
 * container with style "warning" (or "attention") with default-coloured text, or as bolder "Attention" text.
 * Returns one line per offending text, with its path in the card.
 */
export function warningTextProblems(card: unknown): string[] {
  const problems: string[] = [];
  const walk = (node: unknown, style: string, path: string) => {
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, style, `${path}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    const own = typeof n.style === 'string' && ['Container', 'Column', 'ColumnSet', 'TableCell'].includes(String(n.type)) ? n.style : '';
    const here = own ? own.toLowerCase() : style;
    if (typeof n.color === 'string' && n.color.toLowerCase() === 'warning' && LIGHT_STYLES.has(here))
      problems.push(`${path}: ${String(n.type)} has color Warning on a ${here || 'default'} container (yellow on white)`);
    for (const [key, value] of Object.entries(n)) if (value && typeof value === 'object') walk(value, here, `${path}.${key}`);
  };
  walk(card, '', '$');
  return problems;
}
