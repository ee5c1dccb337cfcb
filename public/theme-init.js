// Applies the reader's display settings before the first paint (no flash of the defaults). The
// CSP allows no inline script, hence this file. Mirrors src/features/settings/apply-settings.ts;
// tests/settings/theme-init.test.ts keeps the two equal.
(function () {
  var choices = {
    theme: ['system', 'light', 'dark', 'sepia', 'high-contrast'],
    textSize: ['small', 'medium', 'large', 'x-large'],
    lineWidth: ['narrow', 'medium', 'wide'],
    typeface: ['serif', 'sans'],
  };
  var defaults = { theme: 'system', textSize: 'medium', lineWidth: 'medium', typeface: 'serif' };
  var scales = { small: 0.9, medium: 1, large: 1.2, 'x-large': 1.4 };
  function apply() {
    var stored = null;
    try {
      stored = JSON.parse(localStorage.getItem('broadsheet:settings')).state;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (unreadable) {
      // Missing, not JSON, or storage switched off: the defaults apply.
    }
    function read(key) {
      var value = stored && typeof stored === 'object' ? stored[key] : undefined;
      for (var i = 0; i < choices[key].length; i++) {
        if (choices[key][i] === value) return value;
      }
      return defaults[key];
    }
    var root = document.documentElement;
    root.setAttribute('data-theme', read('theme'));
    root.setAttribute('data-typeface', read('typeface'));
    root.setAttribute('data-width', read('lineWidth'));
    root.style.setProperty('--text-scale', String(scales[read('textSize')]));
  }
  apply();
  // The built page holds the first screen of / or of what <html data-first-screen> names (see
  // src/prerender.tsx). Elsewhere it stays hidden until src/main.tsx clears this mark.
  function decoded(path) {
    try {
      return decodeURIComponent(path);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs a catch binding
    } catch (malformed) {
      return path;
    }
  }
  var written = document.documentElement.getAttribute('data-first-screen') || '/';
  var elsewhere = location.search !== '' || decoded(location.pathname) !== decoded(written);
  if (elsewhere) document.documentElement.setAttribute('data-stale-first-screen', '');
  // The built page names the app's script instead of loading it. At its own address it starts
  // once that first screen has painted, so the screen waits for neither its download nor its
  // compiling; elsewhere, or in a hidden tab, at once. Without the name (the dev server), Vite
  // loads the script itself.
  document.addEventListener('DOMContentLoaded', function () {
    var entry = document.querySelector('meta[name="app-entry"]');
    if (!entry) return;
    var started = false;
    var feed = document.querySelector('meta[name="app-feed"]');
    var start = function () {
      if (started) return;
      started = true;
      // The bundled feed downloads beside the app's code, not before the first paint.
      if (feed && !/[?&]feed=/.test(location.search)) {
        var link = document.createElement('link');
        link.rel = 'preload';
        link.as = 'fetch';
        link.crossOrigin = 'anonymous';
        link.href = feed.getAttribute('content');
        document.head.appendChild(link);
      }
      var script = document.createElement('script');
      script.type = 'module';
      script.src = entry.getAttribute('content');
      document.head.appendChild(script);
    };
    if (elsewhere || document.visibilityState === 'hidden' || !window.PerformanceObserver) {
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
    // Should the paint never be reported, the app still starts.
    setTimeout(start, 2000);
  });
  // Another tab changed the settings: this one follows, without loading the settings code.
  window.addEventListener('storage', function (event) {
    if (event.key === 'broadsheet:settings') apply();
  });
})();
