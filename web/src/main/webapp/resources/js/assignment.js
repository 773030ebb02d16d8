/*
 * The assignment matrix: one click handler for every cell (a hundred criteria times ten offices
 * would otherwise carry a thousand inline ajax scripts), calling the page's remote commands with
 * the criterion and the office of the cell; and the progress shown while a letter is rendered.
 */
var AssignmentMatrix = {
  busy: false,
  done: function () {
    AssignmentMatrix.busy = false;
    var box = document.querySelector('.matrix-scroll');
    if (box) {
      box.classList.remove('matrix-busy');
    }
  }
};

document.addEventListener('click', function (event) {
  var button = event.target.closest('.assignment-matrix [data-action]');
  if (!button || AssignmentMatrix.busy) {
    return;
  }
  var row = button.closest('tr[data-code]');
  var params = [
    {name: 'code', value: row.getAttribute('data-code')},
    {name: 'office', value: button.getAttribute('data-office')}
  ];
  AssignmentMatrix.busy = true;
  document.querySelector('.matrix-scroll').classList.add('matrix-busy');
  if (button.getAttribute('data-action') === 'lead') {
    chooseLead(params);
  } else {
    toggleAssignment(params);
  }
});

var AssignmentLetter = {
  start: function () {
    document.getElementById('letterProgress').style.display = '';
    document.querySelectorAll('.letter-actions .ui-button').forEach(function (b) {
      b.classList.add('ui-state-disabled');
    });
  },
  stop: function () {
    document.getElementById('letterProgress').style.display = 'none';
    document.querySelectorAll('.letter-actions .ui-button').forEach(function (b) {
      b.classList.remove('ui-state-disabled');
    });
  }
};
