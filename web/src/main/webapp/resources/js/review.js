/*
 * assessment/review.xhtml as a work list. An action re-renders the whole list; without this the
 * page would jump back to the top and the keyboard would lose its row. Keys on a focused row:
 * arrows (or J/K) move, A accepts, R returns, T opens the documents.
 */
var ReviewList = (function () {
  var lastRow = null;
  var scrollY = null;

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('.review-table tbody tr.review-row'));
  }

  function keyOf(tr) {
    return tr ? tr.getAttribute('data-rk') : null;
  }

  function rowByKey(key) {
    return rows().filter(function (tr) { return keyOf(tr) === key; })[0] || null;
  }

  function init() {
    rows().forEach(function (tr) { tr.tabIndex = 0; });
  }

  function click(tr, action) {
    var button = tr.querySelector('button[id$=":' + action + '"]');
    if (button && !button.disabled) {
      button.click();
    }
  }

  function onKey(event) {
    var tr = event.target.closest ? event.target.closest('tr.review-row') : null;
    if (!tr || event.target !== tr || event.ctrlKey || event.altKey || event.metaKey) {
      return;
    }
    var all = rows();
    var at = all.indexOf(tr);
    var key = event.key.toLowerCase();
    if (key === 'arrowdown' || key === 'j') {
      (all[at + 1] || tr).focus();
    } else if (key === 'arrowup' || key === 'k') {
      (all[at - 1] || tr).focus();
    } else if (key === 'a') {
      click(tr, 'accept');
    } else if (key === 'r') {
      click(tr, 'return');
    } else if (key === 't') {
      click(tr, 'evidence');
    } else {
      return;
    }
    event.preventDefault();
  }

  document.addEventListener('focusin', function (event) {
    var tr = event.target.closest ? event.target.closest('tr.review-row') : null;
    if (tr) {
      lastRow = keyOf(tr);
    }
  });
  document.addEventListener('keydown', onKey);
  document.addEventListener('DOMContentLoaded', init);
  if (window.jQuery) {
    jQuery(document).on('pfAjaxSend', function () {
      scrollY = window.scrollY;
    });
    jQuery(document).on('pfAjaxComplete', function () {
      init();
      if (scrollY !== null) {
        window.scrollTo(0, scrollY);
      }
      var row = lastRow ? rowByKey(lastRow) : null;
      var active = document.activeElement;
      if (row && (!active || active === document.body)) {
        row.focus({ preventScroll: true });
        row.classList.add('just-changed');
      }
    });
  }
  return { init: init };
})();
