/** The article the project started from, in the bundled demo feed. */
export const SEED = {
  id: 'https://broadsheet.example/2019/06/30/putin-reiterates-north-korea-security-guarantees',
  title: 'Putin Reiterates That North Korea Requires Security Guarantees',
};

export const articlePath = (id: string) => `/articles/${encodeURIComponent(id)}`;
