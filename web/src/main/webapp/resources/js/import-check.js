/* The import of an index: a file of the wrong type or over the limit is refused in the browser,
   before a byte is sent (the p:fileUpload's onAdd calls this with the file and its callback). */
function importCheck(file, callback, maxBytes) {
  jQuery('.import-client-error').hide();
  if (file.size > maxBytes || !/\.(xlsx|ya?ml)$/i.test(file.name)) {
    jQuery('#importRefused').show();
  } else {
    callback.call(this, file);
  }
}
