/** Saves `text` as a file named `name` of the given type through the browser's download. */
export function downloadText(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start the download after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves `text` as a JSON file named `name` through the browser's download. */
export function downloadJson(text: string, name: string) {
  downloadText(text, name, 'application/json');
}
