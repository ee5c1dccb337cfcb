// Writes a large deterministic JSON Feed for trying the reader at scale:
//   node scripts/generate-feed.mjs 3000 > public/bench-feed.json   (then open /?feed=/bench-feed.json)
import { generateFeed } from '../bench/generate.mjs';

const count = Number(process.argv[2] ?? 3000);
process.stdout.write(JSON.stringify(generateFeed(count)));
