import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY, useSettingsStore } from '../../src/features/settings/store/settings-store';
import { fakeFetch } from '../helpers/fake-fetch';
import { demoPage } from '../helpers/fixtures';
import { DEMO_FEED, renderApp } from '../helpers/render-app';
import { resetSettings } from './reset';

const RELAY = 'https://relay.example/feed?url={url}';
const OTHER_FEED = 'https://news.example/feed.json';

function stored(): unknown {
  return JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null') as unknown;
}

async function relayField() {
  const app = renderApp('/settings');
  const form = await screen.findByRole('form', { name: 'Display settings' });
  return { ...app, input: within(form).getByRole('textbox', { name: 'Fetch feeds through' }) };
}

beforeEach(() => {
  resetSettings();
  fakeFetch({ [DEMO_FEED]: demoPage('feed.json') });
});

afterEach(() => {
  resetSettings();
  vi.unstubAllGlobals();
});

describe('"Fetch feeds through"', () => {
  it('is an empty, labelled field with a short description', async () => {
    const { input } = await relayField();
    expect(input).toHaveValue('');
    expect(input).toHaveAccessibleDescription(
      /a relay you run, with \{url\} where the feed’s address goes/,
    );
  });

  it('saves a relay address on Enter, and feeds from other sites then go through it', async () => {
    const { user, input } = await relayField();
    await user.type(input, `${RELAY.replaceAll('{', '{{')}{Enter}`);
    expect(input).toHaveValue(RELAY);
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(useSettingsStore.getState().relay).toBe(RELAY);
    expect(stored()).toMatchObject({ state: { relay: RELAY }, version: 1 });
    expect(
      screen.getByText('Saved: feeds from other sites now go through this address.'),
    ).toBeInTheDocument();

    cleanup();
    const { requests } = fakeFetch({});
    renderApp(`/?feed=${encodeURIComponent(OTHER_FEED)}`);
    await screen.findByRole('alert');
    expect(requests).toContain(`https://relay.example/feed?url=${encodeURIComponent(OTHER_FEED)}`);
    expect(requests).not.toContain(OTHER_FEED);
  });

  it('refuses an address that is not http(s), says why, and keeps the saved one', async () => {
    const { user, input } = await relayField();
    await user.type(input, 'relay.example/feed');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Enter an address that starts with https:\/\//);
    expect(input).toHaveValue('relay.example/feed');
    expect(useSettingsStore.getState().relay).toBe('');
    await user.clear(input);
    await user.tab();
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('an emptied field fetches feeds directly again', async () => {
    useSettingsStore.getState().change('relay', RELAY);
    const { user, input } = await relayField();
    expect(input).toHaveValue(RELAY);
    await user.clear(input);
    await user.tab();
    expect(useSettingsStore.getState().relay).toBe('');
    expect(screen.getByText('Saved: feeds are fetched directly again.')).toBeInTheDocument();
  });
});
