import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

configure({ asyncUtilTimeout: 5000 });

// Dates are shown in the reader's time zone; tests read them in UTC.
process.env.TZ = 'UTC';

afterEach(() => {
  cleanup();
  // Tests that prove code needs no DOM run in Node, without web storage.
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
  // What the page learnt of picture services' copies lasts its life: a test's.
  delete globalThis.broadsheetCopiesFailed;
});
