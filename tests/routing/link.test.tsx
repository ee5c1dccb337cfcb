import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Link } from '../../src/components/link';

function Where() {
  const location = useLocation();
  return <p>At {location.pathname + location.search + location.hash}</p>;
}

function renderAt(path: string, link: ReactNode) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="*"
          element={
            <>
              {link}
              <Where />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
}

describe('Link', () => {
  it('is a link to the address, and a click opens it in the app', () => {
    renderAt('/', <Link to="/tags/North%20Korea">North Korea</Link>);
    const link = screen.getByRole('link', { name: 'North Korea' });
    expect(link).toHaveAttribute('href', '/tags/North%20Korea');
    expect(fireEvent.click(link)).toBe(false);
    expect(screen.getByText('At /tags/North%20Korea')).toBeInTheDocument();
  });

  it('takes a search and a hash, kept on the current page', () => {
    renderAt('/articles/a', <Link to={{ search: '?page=2', hash: '#comment-1' }}>Reply</Link>);
    const link = screen.getByRole('link', { name: 'Reply' });
    expect(link).toHaveAttribute('href', '/articles/a?page=2#comment-1');
    fireEvent.click(link);
    expect(screen.getByText('At /articles/a?page=2#comment-1')).toBeInTheDocument();
  });

  it('leaves a click with a modifier key to the browser (a new tab or window)', () => {
    renderAt('/', <Link to="/saved">Saved</Link>);
    expect(fireEvent.click(screen.getByRole('link', { name: 'Saved' }), { ctrlKey: true })).toBe(
      true,
    );
    expect(screen.getByText('At /')).toBeInTheDocument();
  });

  it('runs its own click handler first, which may keep the app where it is', () => {
    renderAt(
      '/',
      <Link to="/saved" onClick={(event) => event.preventDefault()} className="quiet" dir="auto">
        Saved
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Saved' });
    expect(link).toHaveClass('quiet');
    expect(link).toHaveAttribute('dir', 'auto');
    fireEvent.click(link);
    expect(screen.getByText('At /')).toBeInTheDocument();
  });
});
