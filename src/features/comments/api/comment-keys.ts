export const commentKeys = {
  existing: (commentsUrl: string | undefined) => ['comments', 'existing', commentsUrl] as const,
};
