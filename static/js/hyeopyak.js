// Buttons and links marked data-confirm="…" ask before they act. (An inline onclick handler would
// be refused by the Content-Security-Policy, which allows only this site's script files.)
document.addEventListener("click", function (event) {
  var element = event.target.closest("[data-confirm]");
  if (element && !window.confirm(element.dataset.confirm)) {
    event.preventDefault();
  }
});

// A field marked data-select-on-focus (the calendar address) selects its whole text when focused
// or clicked, ready to copy.
function selectWhole(event) {
  if (event.target.matches && event.target.matches("[data-select-on-focus]")) {
    event.target.select();
  }
}
document.addEventListener("focus", selectWhole, true);
document.addEventListener("click", selectWhole);
