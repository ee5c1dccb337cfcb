/** What the tree needs of a comment, local or existing. */
export interface TreeNode {
  id: string;
  parentId: string | null;
  createdAt: string;
  deleted?: boolean;
}

/** A thread as shown: every comment reachable from the top, nothing shown twice. */
export interface ThreadIndex {
  /** Top-level ids, oldest first. */
  roots: readonly string[];
  /** Shown replies of each comment, oldest first. */
  children: ReadonlyMap<string, readonly string[]>;
  /** Parent ids that no comment has (not loaded, or lost): shown as placeholders. */
  missing: ReadonlySet<string>;
  /** Every id shown, placeholders included. */
  shown: ReadonlySet<string>;
  /** Comments (not placeholders) below each shown id, at any depth. */
  replyCount: ReadonlyMap<string, number>;
  createdAt: ReadonlyMap<string, string>;
  /** Comments shown, not counting placeholders: the thread's count. */
  count: number;
}

const EMPTY: readonly string[] = [];

/**
 * Builds the shown tree. A reply whose parent is unknown hangs under a placeholder for that
 * parent; a deleted comment stays (as a placeholder) only while it has shown replies; a parent
 * loop (possible only in hand-made data) is broken at its oldest comment. Iterative throughout:
 * a 2,000-deep chain must not overflow the stack.
 *
 * Given the index it replaces, every id list that did not change is that index's own array, so
 * a comment whose replies are the same sees the same value and does not re-render.
 */
export function buildThreadIndex(nodes: Iterable<TreeNode>, previous?: ThreadIndex): ThreadIndex {
  const byId = new Map<string, TreeNode>();
  for (const node of nodes) if (!byId.has(node.id)) byId.set(node.id, node);

  const missing = new Set<string>();
  const createdAt = new Map<string, string>();
  const kids = new Map<string | null, string[]>();
  const add = (parent: string | null, id: string) => {
    const list = kids.get(parent);
    if (list) list.push(id);
    else kids.set(parent, [id]);
  };
  for (const node of byId.values()) {
    createdAt.set(node.id, node.createdAt);
    const parent = node.parentId;
    if (parent !== null && !byId.has(parent)) {
      const known = createdAt.get(parent);
      if (!missing.has(parent)) {
        missing.add(parent);
        add(null, parent);
      }
      if (known === undefined || node.createdAt < known) createdAt.set(parent, node.createdAt);
    }
    add(parent, node.id);
  }

  const reached = new Set<string>();
  const visit = (start: string) => {
    const stack = [start];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (reached.has(id)) continue;
      reached.add(id);
      for (const child of kids.get(id) ?? EMPTY) stack.push(child);
    }
  };
  for (const id of kids.get(null) ?? EMPTY) visit(id);
  if (reached.size < byId.size + missing.size) {
    const stuck = [...byId.values()].filter((node) => !reached.has(node.id)).sort(byAge);
    for (const node of stuck) {
      if (reached.has(node.id)) continue;
      const siblings = kids.get(node.parentId);
      if (siblings) siblings.splice(siblings.indexOf(node.id), 1);
      add(null, node.id);
      visit(node.id);
    }
  }

  const order = (a: string, b: string) => compareAge(createdAt.get(a), a, createdAt.get(b), b);
  for (const list of kids.values()) list.sort(order);

  // Children before parents: walk depth-first, then read the walk backwards.
  const walk: string[] = [];
  const stack = [...(kids.get(null) ?? EMPTY)];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    walk.push(id);
    for (const child of kids.get(id) ?? EMPTY) stack.push(child);
  }
  const isPlaceholder = (id: string) => missing.has(id) || Boolean(byId.get(id)?.deleted);
  const shown = new Set<string>();
  const children = new Map<string, readonly string[]>();
  const replyCount = new Map<string, number>();
  let count = 0;
  for (let i = walk.length - 1; i >= 0; i--) {
    const id = walk[i] as string;
    const visible = (kids.get(id) ?? EMPTY).filter((child) => shown.has(child));
    if (visible.length === 0 && isPlaceholder(id)) continue;
    let replies = 0;
    for (const child of visible)
      replies += (isPlaceholder(child) ? 0 : 1) + (replyCount.get(child) ?? 0);
    shown.add(id);
    replyCount.set(id, replies);
    if (visible.length > 0) children.set(id, same(previous?.children.get(id), visible));
    if (!isPlaceholder(id)) count++;
  }
  const roots = same(
    previous?.roots,
    (kids.get(null) ?? EMPTY).filter((id) => shown.has(id)),
  );
  return { roots, children, missing, shown, replyCount, createdAt, count };
}

/** The earlier list when it holds the same ids in the same order, else the new one. */
function same(before: readonly string[] | undefined, after: readonly string[]): readonly string[] {
  if (before === undefined || before.length !== after.length) return after;
  for (let i = 0; i < after.length; i++) if (before[i] !== after[i]) return after;
  return before;
}

function byAge(a: TreeNode, b: TreeNode): number {
  return compareAge(a.createdAt, a.id, b.createdAt, b.id);
}

function compareAge(aTime = '', aId: string, bTime = '', bId: string): number {
  if (aTime !== bTime) return aTime < bTime ? -1 : 1;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}
