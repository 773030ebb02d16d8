/*
 * Keeps what is typed in the scoring dialog (the inputs and the explanation) in the tab's
 * sessionStorage, by page and criterion, until it is saved or cancelled. When the session expires
 * while someone types, "Lưu" leads to the sign-in page and back to this page; the dialog of that
 * criterion then offers the typed text again. Nothing leaves the browser.
 */
var ScoreDraft = (function ($) {
  var PREFIX = 'parindex.scoreDraft:';

  function form() {
    return document.getElementById('editForm');
  }

  /** The draft's key: this page (with its query) and the criterion the dialog shows. */
  function key() {
    var f = form();
    var code = f && f.querySelector('.edit-name strong');
    return code ? PREFIX + location.pathname + location.search + '#' + code.textContent.trim() : null;
  }

  function fields() {
    var f = form();
    return f
      ? $(f).find('input[type=text], input[type=radio], textarea').filter(function () {
          return this.name && !this.disabled;
        }).get()
      : [];
  }

  function values() {
    var typed = {};
    fields().forEach(function (field) {
      if (field.type !== 'radio') {
        typed[field.name] = field.value;
      } else if (field.checked) {
        typed[field.name] = field.value;
      }
    });
    return typed;
  }

  function stored() {
    var k = key();
    var text = k && sessionStorage.getItem(k);
    return text ? JSON.parse(text) : null;
  }

  function differs(draft, now) {
    return Object.keys(draft).some(function (name) {
      return draft[name] !== (now[name] === undefined ? '' : now[name]);
    });
  }

  function keep() {
    var k = key();
    if (k && fields().length) {
      sessionStorage.setItem(k, JSON.stringify(values()));
    }
  }

  function box() {
    return document.getElementById('scoreDraft');
  }

  /** Shows the offer when the dialog's criterion has a draft that is not what the form shows. */
  function offer() {
    var draft = stored();
    if (box()) {
      box().hidden = !(draft && fields().length && differs(draft, values()));
    }
  }

  function restore() {
    var draft = stored() || {};
    fields().forEach(function (field) {
      if (!(field.name in draft)) {
        return;
      }
      if (field.type === 'radio') {
        if (field.value === draft[field.name] && !field.checked) {
          $(field).closest('.ui-radiobutton').find('.ui-radiobutton-box').trigger('click');
        }
      } else {
        field.value = draft[field.name];
        $(field).trigger('keyup');
      }
    });
    box().hidden = true;
  }

  /** After a save or a cancel: the draft is done with. */
  function forget() {
    var k = key();
    if (k) {
      sessionStorage.removeItem(k);
    }
    if (box()) {
      box().hidden = true;
    }
  }

  $(document).on('input change keyup', '#editForm :input', keep);
  $(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
    if (args && args.saved) {
      forget();
    }
    offer();
  });
  $(document).on('click', '#scoreDraftRestore', restore);
  $(document).on('click', '#scoreDraftDiscard', forget);

  return { forget: forget };
})(jQuery);
