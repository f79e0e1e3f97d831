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
