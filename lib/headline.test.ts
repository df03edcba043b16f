import { describe, expect, it } from 'vitest';
import { phoneHeadlineSize } from './headline';

describe('phoneHeadlineSize', () => {
  it('keeps the full size up to 90 characters', () => {
    expect(phoneHeadlineSize('What an AI Systems Architect Does')).toBe('text-h1');
    expect(phoneHeadlineSize('a'.repeat(90))).toBe('text-h1');
  });

  it('steps down for a longer headline, and once more past 120 characters', () => {
    expect(phoneHeadlineSize('a'.repeat(91))).toBe('text-[1.375rem]');
    expect(phoneHeadlineSize('a'.repeat(120))).toBe('text-[1.375rem]');
    expect(phoneHeadlineSize('a'.repeat(121))).toBe('text-[1.3125rem]');
    expect(phoneHeadlineSize('a'.repeat(160))).toBe('text-[1.3125rem]');
  });

  it('counts characters, not UTF-16 units, and ignores surrounding space', () => {
    expect(phoneHeadlineSize(`  ${'é'.repeat(90)}  `)).toBe('text-h1');
    expect(phoneHeadlineSize('😀'.repeat(90))).toBe('text-h1');
    expect(phoneHeadlineSize('')).toBe('text-h1');
  });
});
