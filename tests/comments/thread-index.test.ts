import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThreadIndex } from '../../src/features/comments/tree/thread-index';
import type { ThreadIndex, TreeNode } from '../../src/features/comments/tree/thread-index';
import { generateThread } from './generate-thread';
import { must } from './must';

let clock = 0;
function node(id: string, parentId: string | null, deleted = false): TreeNode {
  clock += 1000;
  return { id, parentId, deleted, createdAt: new Date(clock).toISOString() };
}

describe('thread index', () => {
  it('nests replies oldest first and counts comments', () => {
    const index = buildThreadIndex([
      node('a', null),
      node('b', 'a'),
      node('c', null),
      node('d', 'a'),
    ]);
    expect(index.roots).toEqual(['a', 'c']);
    expect(index.children.get('a')).toEqual(['b', 'd']);
    expect(index.count).toBe(4);
    expect(index.replyCount.get('a')).toBe(2);
  });

  it('keeps a deleted comment as a placeholder only while it has replies', () => {
    const index = buildThreadIndex([
      node('a', null, true),
      node('b', 'a'),
      node('c', null, true),
      node('d', null, true),
      node('e', 'd', true),
    ]);
    expect(index.roots).toEqual(['a']);
    expect(index.shown.has('c')).toBe(false);
    expect(index.shown.has('d')).toBe(false);
    expect(index.count).toBe(1);
  });

  it('hangs a reply to an unknown parent under a placeholder for it', () => {
    const index = buildThreadIndex([node('a', null), node('r', 'gone')]);
    expect(index.missing.has('gone')).toBe(true);
    expect(index.roots).toEqual(['a', 'gone']);
    expect(index.children.get('gone')).toEqual(['r']);
    expect(index.count).toBe(2);
  });

  it('breaks a parent loop instead of losing the comments in it', () => {
    const index = buildThreadIndex([node('x', 'y'), node('y', 'x'), node('z', 'y')]);
    expect(index.roots).toEqual(['x']);
    expect(index.children.get('x')).toEqual(['y']);
    expect(index.children.get('y')).toEqual(['z']);
    expect(index.count).toBe(3);
  });

  it('handles a 2,000-deep chain without running out of stack', () => {
    const chain = Array.from({ length: 2000 }, (_, i) => node(`n${i}`, i ? `n${i - 1}` : null));
    const index = buildThreadIndex(chain);
    expect(index.count).toBe(2000);
    expect(index.replyCount.get('n0')).toBe(1999);
  });

  it('shows every generated comment exactly once', () => {
    const comments = generateThread({ threadKey: 't', count: 500, seed: 7 });
    const index = buildThreadIndex(comments);
    const seen: string[] = [...index.roots];
    for (const list of index.children.values()) seen.push(...list);
    expect(new Set(seen).size).toBe(500);
    expect(seen).toHaveLength(500);
    expect(index.count).toBe(500);
  });

  it('rebuilt from the index it replaces: the same tree, with unchanged reply lists reused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.tuple(fc.constantFrom('reply', 'delete', 'orphan'), fc.nat()), {
          minLength: 1,
          maxLength: 4,
        }),
        (seed, count, changes) => {
          const before: TreeNode[] = generateThread({ threadKey: 't', count, seed });
          const previous = buildThreadIndex(before);
          const after = [...before];
          changes.forEach(([kind, n], i) => {
            const target = must(after[n % after.length]);
            const at = new Date(Date.parse('2030-01-01T00:00:00Z') + i * 1000).toISOString();
            if (kind === 'reply')
              after.push({ id: `new-${i}`, parentId: target.id, createdAt: at });
            else if (kind === 'orphan')
              after.push({ id: `new-${i}`, parentId: 'gone', createdAt: at });
            else after[n % after.length] = { ...target, deleted: true };
          });
          const fresh = buildThreadIndex(after);
          const reused = buildThreadIndex(after, previous);
          expect(shape(reused)).toEqual(shape(fresh));
          const pairs = [
            { old: previous.roots, list: reused.roots },
            ...[...reused.children].map(([id, list]) => ({ old: previous.children.get(id), list })),
          ];
          for (const { old, list } of pairs) {
            const unchanged = old !== undefined && JSON.stringify(old) === JSON.stringify(list);
            expect(old === list).toBe(unchanged);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** Everything an index says, as plain values. */
function shape(index: ThreadIndex) {
  return {
    roots: index.roots,
    children: [...index.children],
    missing: [...index.missing],
    shown: [...index.shown],
    replyCount: [...index.replyCount],
    count: index.count,
  };
}
