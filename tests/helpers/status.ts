import { screen, waitFor } from '@testing-library/react';

/** The live region (role="status") that says `text`, once it does. */
export function findStatus(text: string): Promise<HTMLElement> {
  return waitFor(() => {
    const status = screen
      .getAllByRole('status')
      .find((region) => region.textContent?.trim() === text);
    if (!status) throw new Error(`No status says “${text}”`);
    return status;
  });
}
