import { afterEach, describe, expect, it, vi } from 'vitest';
import { reveal } from '../../src/components/reveal';

/** An entry with its title link, `top` pixels from the top of the window, 200 pixels high. */
function entryAt(top: number) {
  const entry = document.createElement('article');
  const link = document.createElement('a');
  link.href = '/articles/1';
  link.textContent = 'Title';
  entry.append(link);
  document.body.append(entry);
  entry.getBoundingClientRect = () => new DOMRect(0, top, 600, 200);
  const scrollIntoView = vi.fn();
  entry.scrollIntoView = scrollIntoView;
  return { entry, link, scrollIntoView };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('reveal: the current entry scrolled into view', () => {
  it('glides to an entry just off the screen, its link focused', () => {
    const { entry, link, scrollIntoView } = entryAt(window.innerHeight + 40);
    reveal(entry, link);
    expect(link).toHaveFocus();
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'nearest', behavior: 'smooth' });
  });

  it('jumps to one screens away, as a long list leaves the current entry behind', () => {
    // A glide of thousands of pixels over a list that lays its entries out as they come
    // stopped short of the entry, off the screen with the focus in it.
    for (const top of [5 * window.innerHeight, -5 * window.innerHeight]) {
      const { entry, link, scrollIntoView } = entryAt(top);
      reveal(entry, link);
      expect(link).toHaveFocus();
      expect(scrollIntoView).toHaveBeenCalledWith({ block: 'nearest', behavior: 'auto' });
    }
  });
});
