import type { z } from 'zod';
import { ValidationFailedError } from './errors';

/**
 * Every service reads its input through here: the parsed value, or a `ValidationFailedError`
 * whose issues name the field and zod's message (never the value, which may be an identity
 * number). The edge maps that error to one catalogue sentence and logs the issues.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationFailedError(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`));
  return parsed.data;
}

/** For input whose failure means "no such thing" (a click on a card whose id is none of ours): the value or undefined. */
export function parseInputOrNothing<S extends z.ZodType>(schema: S, input: unknown): z.output<S> | undefined {
  const parsed = schema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
}
