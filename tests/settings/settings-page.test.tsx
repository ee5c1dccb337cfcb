import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_KEY, useSettingsStore } from '../../src/features/settings/store/settings-store';
import { fakeFetch } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED, renderApp } from '../helpers/render-app';
import { resetSettings } from './reset';

const root = document.documentElement;

async function openSettings() {
  const app = renderApp('/settings');
  const form = await screen.findByRole('form', { name: 'Display settings' });
  return { ...app, form };
}

beforeEach(() => {
  resetSettings();
  fakeFetch({ [DEMO_FEED]: demoPage('feed.json') });
});

describe('settings page', () => {
  it('has a heading, a title and every setting as a labelled native control', async () => {
    const { form } = await openSettings();
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Settings · Broadsheet'));
    const theme = within(form).getByRole('group', { name: 'Theme' });
    expect(
      within(theme)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent?.trim()),
    ).toEqual(['System', 'Light', 'Dark', 'Sepia', 'High contrast']);
    expect(within(theme).getByRole('radio', { name: 'System' })).toBeChecked();
    expect(within(form).getByRole('group', { name: 'Text size' })).toBeInTheDocument();
    expect(within(form).getByRole('group', { name: 'Line width' })).toBeInTheDocument();
    const typeface = within(form).getByRole('group', { name: 'Typeface' });
    expect(within(typeface).getByRole('radio', { name: 'Serif' })).toBeChecked();
    expect(within(typeface).getByRole('radio', { name: 'Sans-serif' })).not.toBeChecked();
  });

  it('applies each change to the page at once and keeps it after a re-render', async () => {
    const { user, form } = await openSettings();
    await user.click(within(form).getByRole('radio', { name: 'Dark' }));
    expect(root.dataset.theme).toBe('dark');
    await user.click(within(form).getByRole('radio', { name: 'Extra large' }));
    expect(root.style.getPropertyValue('--text-scale')).toBe('1.4');
    await user.click(within(form).getByRole('radio', { name: 'Narrow' }));
    expect(root.dataset.width).toBe('narrow');
    await user.click(within(form).getByRole('radio', { name: 'Sans-serif' }));
    expect(root.dataset.typeface).toBe('sans');
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}')).toEqual({
      state: {
        theme: 'dark',
        textSize: 'x-large',
        lineWidth: 'narrow',
        typeface: 'sans',
        relay: '',
      },
      version: 1,
    });

    cleanup();
    const again = await openSettings();
    expect(within(again.form).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(within(again.form).getByRole('radio', { name: 'Extra large' })).toBeChecked();
    expect(within(again.form).getByRole('radio', { name: 'Narrow' })).toBeChecked();
    expect(within(again.form).getByRole('radio', { name: 'Sans-serif' })).toBeChecked();
    expect(root.dataset.theme).toBe('dark');
  });

  it('changes with the keyboard: arrow keys move through a group', async () => {
    const { user, form } = await openSettings();
    within(form).getByRole('radio', { name: 'System' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(within(form).getByRole('radio', { name: 'Sepia' })).toBeChecked();
    expect(root.dataset.theme).toBe('sepia');
  });

  it('"Reset to defaults" puts every setting back and says so', async () => {
    const { user, form } = await openSettings();
    await user.click(within(form).getByRole('radio', { name: 'High contrast' }));
    await user.click(within(form).getByRole('radio', { name: 'Wide' }));
    await user.click(within(form).getByRole('button', { name: 'Reset to defaults' }));
    expect(within(form).getByRole('radio', { name: 'System' })).toBeChecked();
    const lineWidth = within(form).getByRole('group', { name: 'Line width' });
    expect(within(lineWidth).getByRole('radio', { name: 'Medium' })).toBeChecked();
    expect(root.dataset.theme).toBe('system');
    expect(root.dataset.width).toBe('medium');
    expect(root.style.getPropertyValue('--text-scale')).toBe('1');
    expect(within(form).getByRole('status')).toHaveTextContent('The default settings are back.');
  });

  it('starts from the defaults when the stored settings cannot be read', async () => {
    localStorage.setItem(SETTINGS_KEY, '{oops');
    await useSettingsStore.persist.rehydrate();
    const { form } = await openSettings();
    expect(within(form).getByRole('radio', { name: 'System' })).toBeChecked();
    expect(root.dataset.theme).toBe('system');
  });
});
