/* On a phone the top bar's actions fold under a menu button; the page's policy allows no inline
   handlers, hence this file. */
document.addEventListener('click', function (event) {
  var toggle = event.target.closest ? event.target.closest('#topbarToggle') : null;
  if (!toggle) {
    return;
  }
  var open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  document.getElementById('topbarActions').classList.toggle('open', open);
});
