import { onTestFinished, vi } from 'vitest';

/**
 * localStorage with room for `budget` characters (keys and values), as a browser's quota: a
 * write past it throws the QuotaExceededError browsers throw. sessionStorage is left alone.
 */
export function limitLocalStorage(budget: number) {
  const setItem = Storage.prototype.setItem;
  const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
    this: Storage,
    key: string,
    value: string,
  ) {
    if (this === localStorage) {
      let used = key.length + value.length;
      for (let i = 0; i < this.length; i++) {
        const other = this.key(i);
        if (other !== null && other !== key)
          used += other.length + (this.getItem(other) ?? '').length;
      }
      if (used > budget)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    setItem.call(this, key, value);
  });
  onTestFinished(() => spy.mockRestore());
  return spy;
}

/** Stubs the browser download; returns the blobs handed to URL.createObjectURL. */
export function captureDownloads() {
  const blobs: Blob[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:download';
  });
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  onTestFinished(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
    click.mockRestore();
  });
  return { blobs, click };
}
