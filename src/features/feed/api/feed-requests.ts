import { createLimiter } from '../../../lib/concurrency';

/**
 * Feed requests on the network at a time, across the app. A refresh of every subscription
 * queues here instead of starting hundreds of requests at once, which would crowd out the
 * page's own requests and let the browser's own queue eat into each request's time limit.
 */
export const MAX_FEED_REQUESTS = 6;

export const feedRequests = createLimiter(MAX_FEED_REQUESTS);
