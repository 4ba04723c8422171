// What a person with a keyboard, a screen reader or weak eyes would stumble on, as a list of findings (empty: none):
// a form control without a label, a button without a name, text below WCAG AA contrast (4.5:1) against its background.
const findings = [];
const visible = el => el.offsetParent !== null || getComputedStyle(el).position === 'fixed';
const describe = el => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.name ? '[name=' + el.name + ']' : ''}`;
for (const control of document.querySelectorAll('input, select, textarea')) {
  if (!visible(control) || control.type === 'hidden') continue;
  const named = (control.labels && control.labels.length > 0) || control.getAttribute('aria-label');
  if (!named) findings.push(`no label: ${describe(control)}`);
}
for (const button of document.querySelectorAll('button')) {
  if (visible(button) && !button.textContent.trim() && !button.getAttribute('aria-label')) {
    findings.push(`no name: ${describe(button)}`);
  }
}
const rgb = value => (value.match(/[\d.]+/g) || []).map(Number);
const luminance = ([r, g, b]) => {
  const channel = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const background = el => {
  for (let node = el; node; node = node.parentElement) {
    const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
    if (a > 0) return [r, g, b];
  }
  return [255, 255, 255];
};
for (const el of document.querySelectorAll('body *')) {
  const text = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
  if (!text || !visible(el) || el.closest('[disabled]')) continue;
  const [fg, bg] = [luminance(rgb(getComputedStyle(el).color)), luminance(background(el))];
  const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  if (ratio < 4.5) findings.push(`contrast ${ratio.toFixed(2)}: ${describe(el)} "${el.textContent.trim().slice(0, 30)}"`);
}
return findings;
