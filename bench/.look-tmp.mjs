import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage();
console.log(await p.evaluate(() => { const out = []; for (const t of ['https://not a url at all', 'https://notaurl', 'https://no_such']) { try { out.push(new URL(t).href) } catch { out.push('throws ' + t) } } return out; }));
await b.close();
