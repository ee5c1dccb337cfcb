/** /: focuses the header's search box, when the page has one. */
export function focusSearch(): boolean {
  const box = document.querySelector<HTMLInputElement>('input[type="search"]');
  if (!box) return false;
  box.focus();
  box.select();
  return true;
}
