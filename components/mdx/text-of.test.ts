import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { textOf } from './text-of';

describe('textOf', () => {
  it.each([
    ['a string', 'Plain', 'Plain'],
    ['a number', 42, '42'],
    ['nested elements', ['Ask ', createElement('em', null, 'them'), ' now'], 'Ask them now'],
    ['nothing', null, ''],
    ['a boolean', false, ''],
  ])('reads %s', (_, node, expected) => expect(textOf(node)).toBe(expected));
});
