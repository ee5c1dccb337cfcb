/**
 * Resolves in a task of its own: what the caller does next comes after the browser has had its
 * turn (input, a frame), instead of lengthening the task it was called in.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
