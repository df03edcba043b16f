import { describe, expect, it } from 'vitest';
import { countCells } from './tables';

describe('countCells', () => {
  it.each([
    ['| a | b |', 2],
    ['a | b', 2],
    ['| a | b', 2],
    ['a | b |', 2],
    ['| a |', 1],
    ['| | |', 2],
    ['|---|:--:|---:|', 3],
    ['| a \\| b | c |', 2],
    ['| a \\\\| b | c |', 3],
    ['| `a|b` | c |', 3],
    ['  | a | b |  ', 2],
  ])('%s has %i cells', (row, expected) => expect(countCells(row)).toBe(expected));
});
