// Applies the reader's display settings before the first paint (no flash of the defaults), and
// only that: public/boot.js, the script after this one, starts the app. The build writes it into
// each page, allowed by its hash in the CSP. Mirrors src/features/settings/apply-settings.ts;
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
  // Another tab changed the settings: this one follows, without loading the settings code.
  window.addEventListener('storage', function (event) {
    if (event.key === 'broadsheet:settings') apply();
  });
})();
