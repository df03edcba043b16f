/** The error message a call throws, or a note that it did not: for tests that pin exact errors. */
export function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return 'did not throw';
}
