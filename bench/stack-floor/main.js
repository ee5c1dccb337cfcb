// The least an app built on Broadsheet's required libraries can be (React DOM, React Router,
// TanStack Query, zustand): it reads the feed that `?feed=` names (JSON Feed, RSS or Atom,
// parsed by the browser) and shows its first ten entries as text, or on /article the first
// entry's whole text. No stylesheet, no service worker, no persistence, nothing kept: what any
// page of the app would cost were its own code free. bench/run.mjs --stack-floor measures it.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes, useSearchParams } from 'react-router';
import { create } from 'zustand';

const useShown = create(() => ({ entries: 10 }));

const textOf = (html) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

async function readFeed(url) {
  const body = await (await fetch(url)).text();
  if (body.trimStart().startsWith('{')) {
    return JSON.parse(body).items.map((item) => ({
      id: String(item.id),
      title: item.title ?? '',
      text: item.content_text ?? textOf(item.content_html ?? item.summary ?? ''),
    }));
  }
  const xml = new DOMParser().parseFromString(body, 'application/xml');
  return [...xml.querySelectorAll('item, entry')].map((item, index) => ({
    id: String(index),
    title: item.querySelector('title')?.textContent ?? '',
    text: textOf(item.querySelector('description, content, summary')?.textContent ?? ''),
  }));
}

function useFeed() {
  const [params] = useSearchParams();
  const url = params.get('feed') ?? '';
  return useQuery({ queryKey: ['feed', url], queryFn: () => readFeed(url) }).data;
}

function List() {
  const entries = useFeed();
  const shown = useShown((state) => state.entries);
  if (!entries) return h('p', null, 'Loading…');
  return h(
    'main',
    null,
    entries
      .slice(0, shown)
      .map((entry) =>
        h(
          'article',
          { key: entry.id },
          h('h2', null, entry.title),
          h('p', null, entry.text.slice(0, 300)),
        ),
      ),
  );
}

function Article() {
  const [entry] = useFeed() ?? [];
  if (!entry) return h('p', null, 'Loading…');
  return h('article', null, h('h1', null, entry.title), h('p', null, entry.text));
}

createRoot(document.getElementById('root')).render(
  h(
    QueryClientProvider,
    { client: new QueryClient() },
    h(
      BrowserRouter,
      null,
      h(
        Routes,
        null,
        h(Route, { path: '/', element: h(List) }),
        h(Route, { path: '/article', element: h(Article) }),
      ),
    ),
  ),
);
