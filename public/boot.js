// Starts the app. The built page holds a first screen written at build time (src/prerender.tsx)
// and names the app's script in <meta name="app-entry"> instead of loading it. In order:
//   1. The theme. public/theme-init.js, the script just before this one, has applied the
//      reader's display settings.
//   2. Is the written page this address's page? It was written for / or for the address in
//      <html data-first-screen>, without a query. Anywhere else it is marked stale (hidden by the
//      stylesheet) before the first paint, and src/main.tsx clears the mark when the app renders.
//      Once parsed, it leaves the document: laying out a page nobody sees delayed the first
//      paint of a freshly started browser by over a second.
//   3. Anywhere else, a first screen the app kept for this exact address, from this build,
//      takes the written page's place (src/app/first-screen.ts).
//   4. Start the app. Where a written or kept page shows, once that page has painted, so it
//      waits for neither the app's download nor its compiling; in a hidden tab, at once;
//      anywhere else at once too, while the rest of the page is still arriving. The feed the
//      address reads downloads beside the app's code. A feed's page or article with nothing
//      kept is first drawn from the feed by a small script of its own, and the app starts after
//      that paint.
//   5. Code of an older release, still open in this tab after another tab updated the app:
//      its files are gone, so a page whose code it has not loaded yet cannot be had. That page
//      is then loaded afresh, in the release now installed, not shown as an error.
// Without <meta name="app-entry"> (the dev server), Vite loads the app itself. The build writes
// this file into each page, allowed by its hash in the CSP (scripts/build-plugins.ts), so the
// first paint waits for no request; tests/app/boot-script.test.ts covers every branch.
(function () {
  var root = document.documentElement;

  // Step 2: is the written page valid here?
  function decoded(path) {
    try {
      return decodeURIComponent(path);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (malformed) {
      return path;
    }
  }
  // The feeds of the reader's own list (src/features/subscriptions/store/subscription-store.ts)
  // by address, in the order the app requests them (src/app/first-requests.ts): those in force,
  // of one folder where one is named, in any case or spacing (folderKey in subscription-data.ts).
  function folderKey(name) {
    return name.replace(/\s+/g, ' ').trim().toUpperCase().toLowerCase().normalize();
  }
  function subscribed(feeds, folder) {
    return Object.keys(feeds).filter(function (key) {
      var feed = feeds[key];
      return (
        !feed.removedAt &&
        (folder === undefined ||
          (typeof feed.folder === 'string' && folderKey(feed.folder) === folderKey(folder)))
      );
    });
  }
  // The front page shows the reader's subscriptions. It was written for those of a fresh
  // browser (the meta tag: address and name of each), so a reader whose stored list differs
  // gets the app's render.
  function followsDefaults() {
    var meta = document.querySelector('meta[name="app-subscriptions"]');
    var stored = null;
    try {
      stored = localStorage.getItem('broadsheet:subscriptions');
      if (!meta || stored === null) return true;
      var wanted = JSON.parse(meta.getAttribute('content'));
      var feeds = JSON.parse(stored).state.feeds;
      ownFeeds = subscribed(feeds);
      return (
        ownFeeds.length === wanted.length &&
        wanted.every(function (pair) {
          var feed = feeds[new URL(pair[0], location.href).href];
          return feed && !feed.removedAt && feed.title === pair[1];
        })
      );
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (unreadable) {
      return stored === null;
    }
  }
  // The feeds the page reads where they are the reader's own: on the front page, where the
  // list differs from the one it was written for; on a tag's page, all of them; on a folder's,
  // those in it (the same rule as src/config/paths.ts, tagOf and folderOf).
  var ownFeeds = null;
  var river = /^\/(tag|folder)s\/([^/]+)\/?$/i.exec(location.pathname);
  var written = root.getAttribute('data-first-screen') || '/';
  var elsewhere =
    location.search !== '' ||
    decoded(location.pathname) !== decoded(written) ||
    (written === '/' && !followsDefaults());
  if (elsewhere) root.setAttribute('data-stale-first-screen', '');
  else ownFeeds = null;
  if (river && feedParam(location.search) === null) {
    try {
      ownFeeds = subscribed(
        JSON.parse(localStorage.getItem('broadsheet:subscriptions')).state.feeds,
        /^f/i.test(river[1]) ? decoded(river[2]) : undefined,
      );
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (unreadable) {
      // Never stored, or unreadable: the app reads the defaults.
    }
  }

  // Step 3: the first screen the app kept for this address (src/app/first-screen.ts), drawn by
  // this very build, stands in for the hidden written page: shown at once, then drawn over.
  function keptScreen(entryUrl) {
    try {
      var address = location.pathname + location.search;
      var kept = JSON.parse(localStorage.getItem('broadsheet:first-screen:' + address));
      return kept && kept.entry === entryUrl && typeof kept.html === 'string' ? kept.html : null;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (unreadable) {
      return null;
    }
  }

  // Step 4: start the app.
  // The feed the address names: the same rule as feedFromLocation (src/config/feed-location.ts).
  function feedParam(search) {
    return new URLSearchParams(search).get('feed') || null;
  }
  // Whether a feed is asked for directly: not through the reader's relay, which reads the feeds
  // of other origins when one is set. A relay's request is the app's to make.
  function direct(url) {
    try {
      var relay = JSON.parse(localStorage.getItem('broadsheet:settings')).state.relay;
      return !relay || new URL(url, location.href).origin === location.origin;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (unreadable) {
      return true;
    }
  }
  // Not a feed whose first page the front page carries (src/app/written-pages.ts).
  function unwritten(url) {
    try {
      var paths = document.querySelector('meta[name="app-written"]').getAttribute('content');
      return JSON.parse(paths).every(function (path) {
        return new URL(path, location.href).href !== url;
      });
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (unreadable) {
      return true;
    }
  }
  // As the app asks for it: another site's over https (overHttps, src/lib/safe.ts).
  function requested(url) {
    try {
      var address = new URL(url, location.href);
      if (address.protocol === 'http:' && address.origin !== location.origin) {
        return 'https:' + address.href.slice(5);
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (unreadable) {
      // The app says what is wrong with the address.
    }
    return url;
  }
  // Not named as a JSON Feed (the rule of namedAsJson, src/features/feed/api/fetch-feed-page.ts):
  // most likely XML, which the app reads in a worker.
  function likelyXml(url) {
    return !/(\.json|\/json\/?)$/i.test(url.split(/[?#]/)[0]);
  }
  function preload(url) {
    url = requested(url);
    // A web address only: the app says what is wrong with another ("javascript:…", "file:…").
    try {
      if (!/^https?:$/.test(new URL(url, location.href).protocol)) return;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (unreadable) {
      return;
    }
    var link = document.createElement('link');
    link.setAttribute('rel', 'preload');
    link.setAttribute('as', 'fetch');
    link.setAttribute('crossorigin', 'anonymous');
    link.setAttribute('href', url);
    document.head.appendChild(link);
    if (likelyXml(url)) startReader();
  }
  // The code this kind of page needs at once, as the build names it in <meta name="app-early">.
  function earlyCode() {
    return JSON.parse(document.querySelector('meta[name="app-early"]').getAttribute('content'));
  }
  // The app's XML reader, started while the feed and the app's code download rather than once
  // the app has run: its own code downloads and compiles meanwhile. The app takes it over
  // (src/features/feed/api/formats/read-in-worker.ts), with whether it has said it runs.
  function startReader() {
    if (window.broadsheetReader || typeof Worker === 'undefined') return;
    try {
      var reader = {
        worker: new Worker(earlyCode().reader, { type: 'module' }),
        state: 'starting',
      };
      reader.worker.addEventListener('message', function (event) {
        if (event.data && event.data.ready && reader.state === 'starting') reader.state = 'ready';
      });
      reader.worker.addEventListener('error', function () {
        reader.state = 'failed';
      });
      window.broadsheetReader = reader;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (unsupported) {
      // The app starts its own, or reads here.
    }
  }
  // The code (and stylesheets) this kind of page needs at once, named by the build in
  // <meta name="app-early">: fetched beside the app's entry instead of once it has run. Each is
  // asked for in a task of its own: a request costs the page a few milliseconds of its thread,
  // and the nine of an article's page, asked for at once, made one long task.
  function preloadPageCode(named) {
    try {
      var early = earlyCode();
      var files =
        location.pathname.indexOf('/articles/') === 0
          ? early.article
          : location.pathname === '/' && named !== null
            ? early.feed
            : ownFeeds !== null
              ? early[river ? river[1].toLowerCase() : 'river']
              : null;
      (files || []).forEach(function (href) {
        setTimeout(preloadFile, 0, href);
      });
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (unreadable) {
      // The app loads the same code itself.
    }
  }
  function preloadFile(href) {
    var link = document.createElement('link');
    var css = /\.css$/.test(href);
    link.setAttribute('rel', css ? 'preload' : 'modulepreload');
    // As the app links the stylesheet (with crossorigin), or it is downloaded twice.
    if (css) {
      link.setAttribute('as', 'style');
      link.setAttribute('crossorigin', 'anonymous');
    }
    link.setAttribute('href', href);
    document.head.appendChild(link);
  }
  // The reader's locale: its tables are loaded by a worker of its own (public/locale-worker.js)
  // while the page's feeds or the app's code download, not by the page's first date, which
  // would spend some thirty milliseconds of a task of the page's on them (src/lib/dates.ts).
  // Where a written or kept screen shows, once it has painted: not beside that paint.
  var localeWoken = false;
  function wakeLocale() {
    if (localeWoken || typeof Worker === 'undefined') return;
    localeWoken = true;
    try {
      new Worker('/locale-worker.js');
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (unsupported) {
      // The page's first date loads them.
    }
  }
  // Calls back once the page has been read to its end, where its root is.
  function whenRead(then) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', then);
    } else {
      then();
    }
  }
  // A feed's page or article opened cold, or the front or a folder's page of a few feeds of the
  // reader's own: its first screen drawn from the feeds by a small script of its own
  // (src/first-paint/draw-*.ts, named by the build in <meta name="app-early">) while the page
  // is read, before the app's code is asked for. The app starts once that screen has painted,
  // or at once when the script draws nothing (it says so) or cannot be had. The feeds it reads
  // download beside it.
  function drawingScript(named) {
    try {
      var feeds = named === null ? ownFeeds || [] : [named];
      // A tag's page is the app's; a page of the reader's feeds is drawn from as many as the
      // app asks for at a time (MOST_DRAWN_FEEDS, draw-river.ts), none through a relay.
      var page =
        named === null
          ? river && /^t/i.test(river[1])
            ? ''
            : 'drawRiver'
          : location.pathname.indexOf('/articles/') === 0
            ? 'drawArticle'
            : location.pathname === '/'
              ? 'draw'
              : '';
      return page && feeds.length > 0 && feeds.length <= 6 && feeds.every(direct)
        ? earlyCode()[page] || null
        : null;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (unreadable) {
      return null;
    }
  }
  function startDrawing(src, named, start) {
    wakeLocale();
    // Not a feed whose first page the front page carries: the script reads that one there.
    (named === null ? ownFeeds.filter(unwritten) : [named]).forEach(preload);
    document.addEventListener('broadsheet:not-drawn', start);
    var script = document.createElement('script');
    script.src = src;
    if (named !== null) {
      script.setAttribute('data-feed', requested(named));
      script.setAttribute('data-param', named);
    }
    script.addEventListener('error', start);
    document.head.appendChild(script);
  }
  function startApp() {
    var entry = document.querySelector('meta[name="app-entry"]');
    if (!entry) return;
    var started = false;
    var feed = document.querySelector('meta[name="app-feed"]');
    var named = feedParam(location.search);
    // The written front page may carry the bundled feed's first page itself (the build says so).
    var feedWritten =
      !elsewhere && written === '/' && feed !== null && feed.hasAttribute('data-written');
    var kept = elsewhere ? keptScreen(entry.getAttribute('content')) : null;
    var drawing = elsewhere && kept === null ? drawingScript(named) : null;
    var start = function () {
      if (started) return;
      started = true;
      var script = document.createElement('script');
      script.type = 'module';
      script.src = entry.getAttribute('content');
      document.head.appendChild(script);
      // The first page of the feed the address reads downloads beside the app's code. Not
      // where a kept screen shows the address was read before (the app asks whether that copy
      // changed, a request of its own), nor on the written front page, which holds it. A page
      // of the reader's own feeds reads the first few of them, as many as the app requests at
      // a time (MAX_FEED_REQUESTS, src/features/feed/api/feed-requests.ts).
      if (ownFeeds !== null) {
        if (kept === null && drawing === null) {
          ownFeeds.filter(direct).filter(unwritten).slice(0, 6).forEach(preload);
        }
      } else if (feed && named === null && !feedWritten) {
        preload(feed.getAttribute('content'));
      } else if (named !== null && kept === null && drawing === null && direct(named)) {
        preload(named);
      }
      preloadPageCode(named);
      wakeLocale();
    };
    // Where nothing is drawn before the app, its code is asked for at once, while the rest of
    // the page (the hidden written page, tens of kilobytes) is still arriving and being read.
    if (drawing !== null) startDrawing(drawing, named, start);
    else if (elsewhere && kept === null) start();
    whenRead(function () {
      var app = document.getElementById('root');
      var shown = !elsewhere || drawing !== null;
      if (kept !== null && app) {
        app.innerHTML = kept;
        root.removeAttribute('data-stale-first-screen');
        root.setAttribute('data-kept-screen', '');
        shown = true;
      } else if (elsewhere && app) {
        // Out of the document before anything lays it out: the app draws this address itself.
        app.textContent = '';
      }
      if (!shown || document.visibilityState === 'hidden' || !window.PerformanceObserver) {
        start();
        return;
      }
      try {
        new PerformanceObserver(function (list, observer) {
          if (list.getEntriesByName('first-contentful-paint').length === 0) return;
          observer.disconnect();
          setTimeout(start, 0);
        }).observe({ type: 'paint', buffered: true });
        // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
      } catch (unsupported) {
        start();
      }
      // Should the paint never be reported, the app still starts; sooner where a slow feed
      // would leave the page blank, with nothing drawn.
      setTimeout(start, drawing === null ? 2000 : 1000);
    });
  }
  // The meta tags it reads come before this script in the page.
  startApp();

  // Step 5. Vite tells of a dynamic import that failed. Offline, that is the network's doing;
  // online, the next link of the app followed loads its page afresh, in the new release, and a
  // page that failed as it opened is loaded again at once (not twice within ten seconds).
  var stale = false;
  window.addEventListener('vite:preloadError', function () {
    stale = navigator.onLine !== false;
    var waited = 0;
    (function reloadFailedPage() {
      if (!stale || !document.querySelector('.route-error')) {
        if (++waited < 20) setTimeout(reloadFailedPage, 50);
        return;
      }
      try {
        if (Date.now() - sessionStorage.getItem('broadsheet:reloaded') < 10000) return;
        sessionStorage.setItem('broadsheet:reloaded', Date.now());
        // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
      } catch (unavailable) {
        return;
      }
      location.reload();
    })();
  });
  document.addEventListener(
    'click',
    function (event) {
      var link = stale && event.target.closest && event.target.closest('a[href]');
      var modified = event.button || event.metaKey || event.ctrlKey || event.shiftKey;
      if (!link || modified || event.altKey || link.target || link.origin !== location.origin) {
        return;
      }
      if (link.getAttribute('href').charAt(0) === '#') return;
      event.preventDefault();
      location.href = link.href;
    },
    true,
  );
})();
