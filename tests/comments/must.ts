/** The value, or a failing test that says what was missing (the lint rules forbid `!`). */
export function must<T>(value: T | null | undefined, what = 'a value'): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}`);
  return value;
}
