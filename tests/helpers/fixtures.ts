import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', 'fixtures', 'feeds');

type Group = 'real' | 'invalid' | 'xml' | 'html' | 'comments' | 'podcast';

export function fixtureText(group: Group, name: string): string {
  return readFileSync(join(root, group, name), 'utf8');
}

/** A fixture's bytes as published: feeds in other encodings are decoded by the code under test. */
export function fixtureBytes(group: Group, name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(root, group, name)));
}

export function fixtureJson(group: 'real' | 'invalid', name: string): unknown {
  return JSON.parse(fixtureText(group, name)) as unknown;
}

export function fixtureNames(group: Group): string[] {
  return readdirSync(join(root, group)).filter((name) => !name.endsWith('.md'));
}

/** The bundled demo feed pages, as the app serves them from public/. */
export function demoPage(name: string): unknown {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'public', 'data', name), 'utf8'),
  ) as unknown;
}
