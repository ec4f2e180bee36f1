import { describe, expect, it } from 'vitest';
import * as ACData from 'adaptivecards-templating';
import { compileTemplate, GIVE_UP } from './fastTemplate';

const engine = (template: object, data: object) => new ACData.Template(template).expand({ $root: data });

const template = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  body: [
    { type: 'TextBlock', text: '**${name}** · ${status}', $when: "${status != ''}" },
    { type: 'TextBlock', text: '- ${$data}', $data: '${notes}' },
    { type: 'TextBlock', text: '${count(notes)} notes', $when: '${count(notes) > 1 || pages > 1}' },
    { type: 'TextBlock', text: 'shipping', $when: "${step == 'ship'}" },
    { type: 'FactSet', facts: '${facts}' },
  ],
  actions: [{ $data: '${choices}', type: 'Action.Execute', title: '${title}', data: { answer: '${value}', nonce: '${$root.nonce}' } }],
};

describe('compiled card templates', () => {
  it.each([
    [
      'every construct used',
      {
        name: 'Anna',
        status: 'ordered',
        notes: ['a', 'b'],
        pages: 1,
        step: 'ship',
        facts: [{ title: 'x', value: 'y' }],
        choices: [
          { title: 'Yes', value: 'y' },
          { title: 'No', value: 'n' },
        ],
        nonce: 'n1',
      },
    ],
    [
      'conditions false, empty repeats',
      { name: 'Anna', status: '', notes: [], pages: 2, step: 'pack', facts: [], choices: [], nonce: 'n2' },
    ],
    [
      'one repeat (an object, not an array)',
      { name: 'B', status: 's', notes: ['only'], pages: 0, step: '', facts: [], choices: [{ title: 'Ok', value: 'o' }], nonce: 'n3' },
    ],
  ])('expands as adaptivecards-templating does: %s', (_name, data) => {
    expect(compileTemplate(template)!(data)).toEqual(engine(template, data));
  });

  it('gives up on a missing or null value, and on operands of other types, so the engine decides', () => {
    const fast = compileTemplate(template)!;
    const data = { name: 'Anna', status: 'ordered', notes: [], pages: 1, step: 'ship', facts: [], choices: [], nonce: 'n' };
    expect(fast({ ...data, name: undefined })).toBe(GIVE_UP);
    expect(fast({ ...data, facts: null })).toBe(GIVE_UP);
    expect(fast({ ...data, pages: '2' })).toBe(GIVE_UP);
    expect(fast({ ...data, step: 3 })).toBe(GIVE_UP);
  });

  it('does not compile syntax outside its subset', () => {
    expect(compileTemplate({ text: "${if(a, 'x', 'y')}" })).toBeUndefined();
    expect(compileTemplate({ text: '${a && b}' })).toBeUndefined();
    expect(compileTemplate({ text: '${$host.x}' })).toBeUndefined();
    expect(compileTemplate({ text: 'back\\slash ${a}' })).toBeUndefined();
    expect(compileTemplate({ $when: 'yes', text: 'x' })).toBeUndefined();
    expect(compileTemplate({ text: '${a}' })).toBeDefined();
  });
});
