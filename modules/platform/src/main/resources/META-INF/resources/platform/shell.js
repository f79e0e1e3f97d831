// Folds the menu behind a button on narrow screens. Kept in a file (not inline) so the CSP needs no exception.
(function () {
  var toggle = document.getElementById('menuToggle');
  var menu = document.getElementById('shellMenu');
  if (toggle && menu) {
    toggle.addEventListener('click', function () {
      var open = menu.classList.toggle('open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }
})();

// PrimeFaces' file upload draws its "choose" control as a focusable, labelled span with no role around a file
// input it keeps out of the tab order: assistive technology cannot announce the span (axe: aria-prohibited-attr),
// and giving it a role nests one control in another (axe: nested-interactive). So the input itself, a real
// file chooser that Enter and Space open, takes the focus and the label, and the span is only its picture.
(function () {
  function repair(root) {
    root.querySelectorAll('.ui-fileupload-choose[tabindex]').forEach(function (choose) {
      var input = choose.querySelector('input[type=file]');
      if (!input) {
        return;
      }
      input.setAttribute('aria-label', choose.getAttribute('aria-label') || choose.textContent.trim());
      input.removeAttribute('aria-hidden');
      input.setAttribute('tabindex', '0');
      choose.removeAttribute('tabindex');
      choose.removeAttribute('aria-label');
    });
  }
  function repairAll() {
    repair(document);
  }
  repairAll();
  new MutationObserver(repairAll).observe(document.body, { childList: true, subtree: true });
})();

// The calendars (p:schedule extender="libertaCalendar") grow to their content instead of scrolling inside a box:
// a box that scrolls needs a tab stop of its own to be scrolled from the keyboard, and FullCalendar's box sits
// inside a grid, where a tab stop is not allowed (axe: scrollable-region-focusable, aria-required-children).
// Weeks start on Monday, as the home page's "this week" counts them.
window.libertaCalendar = function () {
  this.cfg.options.height = 'auto';
  this.cfg.options.firstDay = 1;
};
