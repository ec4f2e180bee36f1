import { describe, expect, it } from 'vitest';
import { isGreeting } from './greeting';

describe('isGreeting', () => {
  it.each([
    'hi',
    'Hello!',
    'HEY',
    'hi there',
    'Good morning.',
    'Hej',
    'hej hej',
    'Hallå!',
    'god morgon',
    'Tjena 👋',
    'hej boten',
    'Hello, ID06',
  ])('%s is a greeting', (text) => expect(isGreeting(text)).toBe(true));

  it.each(['hi Anna', 'Hejdå', 'hello world', 'Anna', 'help', 'hejsan svejsan', '', 'high', 'there'])('%s is not', (text) =>
    expect(isGreeting(text)).toBe(false),
  );
});
