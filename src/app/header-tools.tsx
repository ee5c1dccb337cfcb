/** The search box and quick settings in the site header. */
export function HeaderTools() {
  return null;
}
