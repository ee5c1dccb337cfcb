import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED, renderApp } from '../helpers/render-app';
import { resetSettings } from './reset';

const root = document.documentElement;

async function tabTo(user: ReturnType<typeof renderApp>['user'], element: HTMLElement) {
  for (let step = 0; step < 20 && document.activeElement !== element; step++) await user.tab();
  expect(element).toHaveFocus();
}

beforeEach(() => {
  resetSettings();
  fakeFetch({ [DEMO_FEED]: demoPage('feed.json') });
});

describe('quick settings in the header', () => {
  it('opens, changes the theme and text size, and closes with Escape, all by keyboard', async () => {
    const { user } = renderApp('/');
    const toggle = await screen.findByRole('button', { name: 'Display settings' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeVisible();

    await tabTo(user, toggle);
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Display settings' })).toBe(panel);
    expect(panel).toBeVisible();

    const system = await screen.findByRole('radio', { name: 'System' });
    await user.tab();
    expect(system).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(root.dataset.theme).toBe('dark');

    await user.tab();
    expect(screen.getByRole('radio', { name: 'Medium' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(root.style.getPropertyValue('--text-scale')).toBe('1.2');

    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
    expect(toggle).toHaveFocus();
  });

  it('opens and closes with Space on the button', async () => {
    const { user } = renderApp('/');
    const toggle = await screen.findByRole('button', { name: 'Display settings' });
    await tabTo(user, toggle);
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes when focus moves on past the panel, or on a click elsewhere', async () => {
    const { user } = renderApp('/');
    const toggle = await screen.findByRole('button', { name: 'Display settings' });
    await user.click(toggle);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('contentinfo'));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes with Escape after a click on its padding, which leaves focus nowhere', async () => {
    const { user } = renderApp('/');
    const toggle = await screen.findByRole('button', { name: 'Display settings' });
    await user.click(toggle);
    const panel = screen.getByRole('group', { name: 'Display settings' });
    await screen.findByRole('radio', { name: 'System' });
    await user.click(panel);
    expect(document.body).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});
