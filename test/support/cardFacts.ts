/** A label/value row as the summary cards lay it out: a ColumnSet of a label column and a value column. */
export interface FactRow {
  label: string;
  value: string;
  labelWidth: unknown;
  valueWidth: unknown;
  valueWraps: boolean;
}

type Node = { type?: string; [key: string]: unknown };

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const key of ['body', 'items', 'columns']) if (Array.isArray(node[key])) out.push(...(node[key] as Node[]));
  return out;
}

/** Every label/value row of a card, in order (what a FactSet's facts were before). */
export function factRows(card: object): FactRow[] {
  const rows: FactRow[] = [];
  const walk = (node: Node) => {
    const columns = node.columns as Node[] | undefined;
    if (node.type === 'ColumnSet' && columns?.length === 2) {
      const [label, value] = columns.map((c) => (c.items as Node[] | undefined) ?? []);
      if (label?.length === 1 && value?.length === 1 && label[0]!.type === 'TextBlock' && value[0]!.type === 'TextBlock') {
        rows.push({
          label: String(label[0]!.text),
          value: String(value[0]!.text),
          labelWidth: columns[0]!.width,
          valueWidth: columns[1]!.width,
          valueWraps: value[0]!.wrap === true,
        });
        return;
      }
    }
    children(node).forEach(walk);
  };
  walk(card as Node);
  return rows;
}

/** The rows as label -> value, for assertions such as `expect(facts(card)['Samordningsnummer']).toBe(...)`. */
export function facts(card: object): Record<string, string> {
  return Object.fromEntries(factRows(card).map((r) => [r.label, r.value]));
}
