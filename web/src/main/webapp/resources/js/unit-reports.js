/* The reports of the consolidation page: while a report is written (PrimeFaces.monitorDownload
   calls start, then stop once the file arrives) say so and keep the buttons from a second click. */
var UnitReports = {
  toggle: function (busy) {
    document.querySelectorAll('.unit-reports-progress').forEach(function (p) {
      p.style.display = busy ? '' : 'none';
    });
    document.querySelectorAll('.unit-reports .ui-button, .unit-report-actions .ui-button').forEach(function (b) {
      b.classList.toggle('ui-state-disabled', busy);
    });
  },
  start: function () { UnitReports.toggle(true); },
  stop: function () { UnitReports.toggle(false); }
};
