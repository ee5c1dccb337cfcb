import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { usePreloadOnIntent } from '../../src/app/preload-on-intent';

function Links({ preload }: { preload: (address: string) => Promise<void> }) {
  usePreloadOnIntent(preload);
  return (
    <>
      <a href="/articles/a%2Fb?feed=%2Ffeeds%2Fsite.json">
        <span>An article</span>
      </a>
      <a href="https://elsewhere.example/post">Another site</a>
      <button type="button">Not a link</button>
    </>
  );
}

describe('the code of the page a link leads to loads before it is followed', () => {
  it('when the pointer is over a link of the app, or it has focus', () => {
    const preload = vi.fn(() => Promise.resolve());
    render(<Links preload={preload} />);
    fireEvent.pointerOver(screen.getByText('An article'));
    expect(preload).toHaveBeenLastCalledWith('/articles/a%2Fb?feed=%2Ffeeds%2Fsite.json');
    preload.mockClear();
    screen.getByRole('link', { name: 'An article' }).focus();
    expect(preload).toHaveBeenCalledWith('/articles/a%2Fb?feed=%2Ffeeds%2Fsite.json');
  });

  it('never for links to other sites or what is not a link, and a failed load is no error', () => {
    const preload = vi.fn(() => Promise.reject(new Error('offline')));
    render(<Links preload={preload} />);
    fireEvent.pointerOver(screen.getByRole('link', { name: 'Another site' }));
    screen.getByRole('button', { name: 'Not a link' }).focus();
    expect(preload).not.toHaveBeenCalled();
    fireEvent.pointerOver(screen.getByRole('link', { name: 'An article' }));
    expect(preload).toHaveBeenCalledTimes(1);
  });
});
