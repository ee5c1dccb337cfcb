import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';

/**
 * What Lighthouse's simulation of its last run's LCP waited for, in the graph that holds every
 * request ended before the LCP it observed: when the page itself had arrived (ms), and the bytes
 * (gzip, as sent) of the requests after it, and of those the JavaScript. At 1.6 Mbps each
 * 100 KB takes half a second. Undefined where the simulation is not at hand.
 */
export function simulatedLcpDownloads() {
  const timings = Lantern.Simulation.Simulator.allNodeTimings.get(
    'pessimisticLargestContentfulPaint',
  );
  if (!timings) return undefined;
  const downloads = { page: 0, after: 0, script: 0 };
  for (const [node, timing] of timings) {
    if (node.type !== 'network') continue;
    if (node.isMainDocument()) {
      downloads.page = timing.endTime;
      continue;
    }
    downloads.after += node.request.transferSize;
    if (node.request.resourceType === 'Script') downloads.script += node.request.transferSize;
  }
  return downloads;
}
