import { describe, expect, it } from 'vitest';
import { chromiumPath } from './chromium.mjs';

describe('chromiumPath', () => {
  it('uses CHROMIUM_PATH when the file is there', () => {
    expect(chromiumPath({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('refuses a CHROMIUM_PATH that points at nothing, saying so', () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nonexistent/chrome' })).toThrow(
      /CHROMIUM_PATH is set to \/nonexistent\/chrome, but no file is there/,
    );
  });
});
