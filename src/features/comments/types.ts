/** A comment written in this browser, as stored (plain JSON values only). */
export interface Comment {
  id: string;
  /** The article's thread: see threadKey(). */
  threadKey: string;
  parentId: string | null;
  author: string;
  text: string;
  createdAt: string;
  editedAt?: string;
  deleted?: boolean;
  /** Last change of any kind (post, edit, delete, restore); the later copy wins a merge. */
  updatedAt: string;
}

/** A comment from the article's comments JSON: shown and repliable, never edited here. */
export interface ExistingComment {
  id: string;
  parentId: string | null;
  author: string;
  text: string;
  createdAt: string;
}

export type CommentRecord = Readonly<Record<string, Comment>>;
