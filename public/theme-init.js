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
  // The built page holds the front page's first screen (see src/prerender.tsx). At any other
  // address it must not show before the app replaces it: src/main.tsx clears this mark.
  if (location.pathname !== '/' || location.search) {
    document.documentElement.setAttribute('data-stale-first-screen', '');
  }
  // The built page downloads the app's script without running it; it runs once that first
  // screen has painted (a frame, then a task). Without the mark (the dev server), Vite runs it.
  document.addEventListener('DOMContentLoaded', function () {
    var entry = document.querySelector('link[data-app-entry]');
    if (!entry) return;
    var start = function () {
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = 'anonymous';
      script.src = entry.href;
      document.head.appendChild(script);
    };
    if (document.visibilityState === 'hidden') start();
    else
      requestAnimationFrame(function () {
        setTimeout(start, 0);
      });
  });
  // Another tab changed the settings: this one follows, without loading the settings code.
  window.addEventListener('storage', function (event) {
    if (event.key === 'broadsheet:settings') apply();
  });
})();
