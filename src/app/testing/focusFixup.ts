/**
 * What a browser does and jsdom does not: a focused control that becomes disabled loses the focus
 * to the page. Tests of where the focus goes turn it on; the returned function turns it off.
 */
function focusThePage(): void {
  // jsdom moves the focus only to something focusable: the body is made so for a moment.
  document.body.tabIndex = -1;
  document.body.focus();
  document.body.removeAttribute('tabindex');
}

export function blurControlsWhenDisabled(): () => void {
  const observer = new MutationObserver(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.matches(':disabled')) focusThePage();
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['disabled'], subtree: true });
  return () => observer.disconnect();
}
