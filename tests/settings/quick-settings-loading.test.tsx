import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED, renderApp } from '../helpers/render-app';
import { resetSettings } from './reset';

/** The panel's code arrives when `arrive` is called, as over a slow network. */
const { arrive, arrived } = vi.hoisted(() => {
  const gate: { open?: () => void } = {};
  const arrived = new Promise<void>((resolve) => {
    gate.open = resolve;
  });
  return { arrive: () => gate.open?.(), arrived };
});
vi.mock('../../src/features/settings/components/quick-settings-panel', async (original) => {
  await arrived;
  return original();
});

beforeEach(() => {
  resetSettings();
  fakeFetch({ [DEMO_FEED]: demoPage('feed.json') });
});

describe('quick settings whose panel is still on its way', () => {
  it('closes when focus has moved on by the time it arrives', async () => {
    const { user } = renderApp('/');
    const toggle = await screen.findByRole('button', { name: 'Display settings' });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Display settings' });
    expect(within(panel).getByText('Loading…')).toBeVisible();
    await user.tab();
    expect(toggle).not.toHaveFocus();

    arrive();
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'false'));
    expect(screen.queryByRole('radio', { name: 'System' })).not.toBeInTheDocument();
  });
});
