import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePreloadOnIntent } from '../../src/app/preload-on-intent';
import type { PageCode } from '../../src/app/preload-on-intent';
import { Link } from '../../src/components/link';

const ARTICLE = '/articles/a%2Fb?feed=%2Ffeeds%2Fsite.json';

function Where() {
  const location = useLocation();
  return <p>At {location.pathname + location.search}</p>;
}

function Links({ code }: { code: PageCode }) {
  usePreloadOnIntent(code);
  return (
    <>
      <Link to={ARTICLE}>
        <span>An article</span>
      </Link>
      <Link to="/settings">Settings</Link>
      <a href="https://elsewhere.example/post">Another site</a>
      <button type="button">Not a link</button>
      <Where />
    </>
  );
}

function renderLinks(code: PageCode) {
  render(
    <MemoryRouter initialEntries={['/']}>
      <Routes>
        <Route path="*" element={<Links code={code} />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** Page code that arrives when the test says so. */
function codeOnItsWay() {
  let arrived = false;
  let arrive = () => {};
  const coming = new Promise<void>((resolve) => {
    arrive = () => {
      arrived = true;
      resolve();
    };
  });
  const load = vi.fn(() => coming);
  // The settings page's code is in already.
  const loaded = (address: string) => address === '/settings' || arrived;
  return { code: { load, loaded }, arrive: () => act(async () => arrive()) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the code of the page a link leads to loads before it is followed', () => {
  it('when the pointer is over a link of the app, or it has focus', () => {
    const load = vi.fn(() => Promise.resolve());
    renderLinks({ load, loaded: () => true });
    fireEvent.pointerOver(screen.getByText('An article'));
    expect(load).toHaveBeenLastCalledWith(ARTICLE);
    load.mockClear();
    screen.getByRole('link', { name: 'An article' }).focus();
    expect(load).toHaveBeenCalledWith(ARTICLE);
  });

  it('never for links to other sites or what is not a link, and a failed load is no error', () => {
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    renderLinks({ load, loaded: () => false });
    fireEvent.pointerOver(screen.getByRole('link', { name: 'Another site' }));
    screen.getByRole('button', { name: 'Not a link' }).focus();
    expect(load).not.toHaveBeenCalled();
    fireEvent.pointerOver(screen.getByRole('link', { name: 'An article' }));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('opens the page at once when its code is in', () => {
    renderLinks({ load: () => Promise.resolve(), loaded: () => true });
    fireEvent.click(screen.getByRole('link', { name: 'An article' }));
    expect(screen.getByText(`At ${ARTICLE}`)).toBeInTheDocument();
  });

  it('a link followed while its code is on its way opens once the code is in', async () => {
    const { code, arrive } = codeOnItsWay();
    renderLinks(code);
    const link = screen.getByRole('link', { name: 'An article' });
    link.focus();
    fireEvent.click(link);
    fireEvent.click(link);
    expect(screen.getByText('At /')).toBeInTheDocument();
    await arrive();
    expect(screen.getByText(`At ${ARTICLE}`)).toBeInTheDocument();
  });

  it('a link followed meanwhile, or another page by then, drops the one waiting', async () => {
    const { code, arrive } = codeOnItsWay();
    renderLinks(code);
    fireEvent.click(screen.getByRole('link', { name: 'An article' }));
    fireEvent.click(screen.getByRole('link', { name: 'Settings' }));
    expect(screen.getByText('At /settings')).toBeInTheDocument();
    await arrive();
    expect(screen.getByText('At /settings')).toBeInTheDocument();
  });

  it('waits no more than 300 ms: then the page opens, to show its own loading', async () => {
    vi.useFakeTimers();
    const load = vi.fn(() => new Promise<void>(() => {}));
    renderLinks({ load, loaded: () => false });
    fireEvent.click(screen.getByRole('link', { name: 'An article' }));
    await act(() => vi.advanceTimersByTimeAsync(250));
    expect(screen.getByText('At /')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(screen.getByText(`At ${ARTICLE}`)).toBeInTheDocument();
  });

  it('leaves a click for a new tab or window to the browser', () => {
    const { code } = codeOnItsWay();
    renderLinks(code);
    const link = screen.getByRole('link', { name: 'An article' });
    const prevented: boolean[] = [];
    const browser = (event: MouseEvent) => {
      prevented.push(event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', browser);
    fireEvent.click(link, { ctrlKey: true });
    fireEvent.click(link, { button: 1 });
    window.removeEventListener('click', browser);
    // Not prevented: the browser opens the link as the keys ask.
    expect(prevented).toEqual([false, false]);
    expect(code.load).not.toHaveBeenCalled();
  });
});
