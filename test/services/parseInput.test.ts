import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationFailedError } from '../../src/services/errors';
import { parseInput, parseInputOrNothing } from '../../src/services/parseInput';

const schema = z.object({ itemId: z.string().min(1).max(8), count: z.coerce.number().int().default(1) });

describe('parseInput', () => {
  it('returns the parsed value, with coercion and defaults applied', () => {
    expect(parseInput(schema, { itemId: 'a1', count: '3' })).toEqual({ itemId: 'a1', count: 3 });
    expect(parseInput(schema, { itemId: 'a1' })).toEqual({ itemId: 'a1', count: 1 });
  });

  it('throws ValidationFailedError naming the field and the problem, never the value', () => {
    const secret = '19900101-1239-too-long';
    let caught: unknown;
    try {
      parseInput(schema, { itemId: secret });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ValidationFailedError);
    const issues = (caught as ValidationFailedError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^itemId: /);
    expect(issues.join(' ')).not.toContain(secret);
    expect(() => parseInput(schema, 'not an object')).toThrow(/input: /);
  });

  it('parseInputOrNothing gives undefined for input that names nothing', () => {
    expect(parseInputOrNothing(schema, { itemId: '' })).toBeUndefined();
    expect(parseInputOrNothing(schema, { itemId: 'x' })).toEqual({ itemId: 'x', count: 1 });
  });
});
