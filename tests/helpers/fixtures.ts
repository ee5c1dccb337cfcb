import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', 'fixtures', 'feeds');

export function fixtureText(group: 'real' | 'invalid', name: string): string {
  return readFileSync(join(root, group, name), 'utf8');
}

export function fixtureJson(group: 'real' | 'invalid', name: string): unknown {
  return JSON.parse(fixtureText(group, name)) as unknown;
}

export function fixtureNames(group: 'real' | 'invalid'): string[] {
  return readdirSync(join(root, group)).filter((name) => name.endsWith('.json'));
}

/** The bundled demo feed pages, as the app serves them from public/. */
export function demoPage(name: string): unknown {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'public', 'data', name), 'utf8'),
  ) as unknown;
}
