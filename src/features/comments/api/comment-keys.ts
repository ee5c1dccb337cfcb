export const commentKeys = {
  all: () => ['comments'] as const,
  existing: (commentsUrl: string) => ['comments', 'existing', commentsUrl] as const,
};
