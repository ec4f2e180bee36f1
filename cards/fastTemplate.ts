/**
 * A compiled form of the Designer templates for the common case, which expands a card about ten
 * times faster than adaptivecards-templating (whose expression interpreter was a quarter of a
 * dialog answer's CPU). It knows the subset of the template language the cards in this folder use —
 * `${path}`, `$root.` and `$data`, `$data` arrays, `$when`, text with `${...}` inside, `==`, `!=`,
 * `<`, `>`, `<=`, `>=` between two strings or two numbers, `count(path)` and `||` of booleans — and
 * gives up whenever the answer could depend on something it does not model: a template with other
 * syntax is not compiled at all, and a render that meets a missing or null value, or operands of
 * other types, returns `GIVE_UP` so the caller expands that card with the real engine. With
 * `CARD_TEMPLATE_CHECK=1` (set by the test run) every card it expands is compared with the real
 * engine's expansion (render.ts).
 */
export const GIVE_UP = Symbol('give up');

interface Scope {
  root: unknown;
  data: unknown;
  index: number | undefined;
}
type Compiled = (scope: Scope) => unknown;

class Unsupported extends Error {}

const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

/** The template compiled, or undefined when it uses something outside the subset. */
export function compileTemplate(template: object): ((data: object) => unknown) | undefined {
  let compiled: Compiled;
  try {
    compiled = compileNode(template);
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
  return (data) => compiled({ root: data, data, index: undefined });
}

function compileNode(node: unknown): Compiled {
  if (typeof node === 'string') return node.includes('${') ? compileString(node) : () => node;
  if (Array.isArray(node)) return compileArray(node.map(compileNode));
  if (typeof node === 'object' && node !== null) return compileObject(node as Record<string, unknown>);
  return () => node;
}

function compileArray(items: Compiled[]): Compiled {
  return (scope) => {
    let out: unknown[] = [];
    for (const item of items) {
      const value = item(scope);
      if (value === GIVE_UP) return GIVE_UP;
      if (value === null) continue;
      if (Array.isArray(value)) out = out.concat(value);
      else out.push(value);
    }
    return out;
  };
}

function compileObject(node: Record<string, unknown>): Compiled {
  const when = node.$when === undefined ? undefined : expressionOf(node.$when);
  const data = node.$data === undefined ? undefined : expressionOf(node.$data);
  const fields = Object.entries(node)
    .filter(([key]) => !RESERVED.has(key))
    .map(([key, value]) => [key, compileNode(value)] as const);
  return (scope) => {
    let contexts: unknown[] = [undefined];
    let repeated = false;
    if (data) {
      const value = data(scope);
      if (value === GIVE_UP) return GIVE_UP;
      repeated = Array.isArray(value);
      contexts = repeated ? (value as unknown[]) : [value];
    }
    const results: Record<string, unknown>[] = [];
    for (let i = 0; i < contexts.length; i++) {
      const inner: Scope = {
        root: scope.root,
        data: contexts[i] !== undefined ? contexts[i] : scope.data,
        index: repeated ? i : scope.index,
      };
      if (when) {
        const keep = when(inner);
        if (typeof keep !== 'boolean') return GIVE_UP;
        if (!keep) continue;
      }
      const out: Record<string, unknown> = {};
      for (const [key, field] of fields) {
        const value = field(inner);
        if (value === GIVE_UP) return GIVE_UP;
        if (value !== undefined) out[key] = value;
      }
      results.push(out);
    }
    return results.length === 0 ? null : results.length === 1 ? results[0] : results;
  };
}

/** `$when` and `$data` must be one whole `${...}`. */
function expressionOf(value: unknown): Compiled {
  const parts = typeof value === 'string' ? splitInterpolated(value) : undefined;
  if (!parts || parts.length !== 1 || typeof parts[0] === 'string') throw new Unsupported();
  return parts[0]!;
}

function compileString(text: string): Compiled {
  const parts = splitInterpolated(text);
  if (!parts) throw new Unsupported();
  if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0]!;
  return (scope) => {
    let out = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        out += part;
        continue;
      }
      const value = part(scope);
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return GIVE_UP;
      out += String(value);
    }
    return out;
  };
}

/** Text and `${...}` expressions in order; undefined for text the real engine would read differently (escapes, backticks). */
function splitInterpolated(text: string): (string | Compiled)[] | undefined {
  const parts: (string | Compiled)[] = [];
  let at = 0;
  while (at < text.length) {
    const start = text.indexOf('${', at);
    const constant = text.slice(at, start < 0 ? undefined : start);
    if (/[\\`]/.test(constant)) return undefined;
    if (constant) parts.push(constant);
    if (start < 0) break;
    const end = text.indexOf('}', start);
    if (end < 0) return undefined;
    parts.push(compileExpression(text.slice(start + 2, end)));
    at = end + 1;
  }
  return parts;
}

const TOKEN = /\s*(\|\||==|!=|>=|<=|>|<|\(|\)|'[^'\\]*'|-?\d+(?:\.\d+)?|[$A-Za-z_][$\w]*(?:\.[A-Za-z_]\w*)*)/y;

function compileExpression(source: string): Compiled {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(source);
    if (!match) throw new Unsupported();
    tokens.push(match[1]!);
  }
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++];

  const operand = (): Compiled => {
    const token = take();
    if (token === undefined) throw new Unsupported();
    if (token === 'count' && peek() === '(') {
      take();
      const inner = operand();
      if (take() !== ')') throw new Unsupported();
      return (scope) => {
        const value = inner(scope);
        return Array.isArray(value) || typeof value === 'string' ? value.length : GIVE_UP;
      };
    }
    if (token.startsWith("'")) {
      const literal = token.slice(1, -1);
      return () => literal;
    }
    if (/^-?\d/.test(token)) {
      const literal = Number(token);
      return () => literal;
    }
    return pathOf(token);
  };
  const comparison = (): Compiled => {
    const left = operand();
    const op = peek();
    if (op !== '==' && op !== '!=' && op !== '>' && op !== '<' && op !== '>=' && op !== '<=') return left;
    take();
    const right = operand();
    return (scope) => compare(op, left(scope), right(scope));
  };
  const disjunction = (): Compiled => {
    const terms = [comparison()];
    while (peek() === '||') {
      take();
      terms.push(comparison());
    }
    if (terms.length === 1) return terms[0]!;
    return (scope) => {
      let any = false;
      for (const term of terms) {
        const value = term(scope);
        if (typeof value !== 'boolean') return GIVE_UP;
        any ||= value;
      }
      return any;
    };
  };
  const expression = disjunction();
  if (at !== tokens.length) throw new Unsupported();
  return expression;
}

function compare(op: string, left: unknown, right: unknown): unknown {
  const strings = typeof left === 'string' && typeof right === 'string';
  const numbers = typeof left === 'number' && typeof right === 'number';
  if (op === '==' || op === '!=') {
    if (!strings && !numbers) return GIVE_UP;
    return (left === right) === (op === '==');
  }
  if (!numbers) return GIVE_UP;
  const [a, b] = [left as number, right as number];
  return op === '>' ? a > b : op === '<' ? a < b : op === '>=' ? a >= b : a <= b;
}

/** `name.more` reads the current `$data`; `$root.` and `$data` as named; a missing or null value gives up. */
function pathOf(token: string): Compiled {
  const [head, ...rest] = token.split('.');
  if (head!.startsWith('$') && head !== '$root' && head !== '$data' && head !== '$index') throw new Unsupported();
  if (head === '$index' && rest.length) throw new Unsupported();
  const start = (scope: Scope): unknown => (head === '$root' ? scope.root : head === '$index' ? scope.index : scope.data);
  const keys = head!.startsWith('$') ? rest : [head!, ...rest];
  return (scope) => {
    let value = start(scope);
    for (const key of keys) {
      if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return GIVE_UP;
      value = (value as Record<string, unknown>)[key];
    }
    return value === undefined || value === null ? GIVE_UP : value;
  };
}
