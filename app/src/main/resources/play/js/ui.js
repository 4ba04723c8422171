// Small DOM helpers shared by the core's screens and the game systems' screens.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = value => String(value ?? '').replace(/[&<>"']/g, c => ESCAPES[c]);

/** Marks markup that is already safe (built by html``), so html`` does not escape it again. */
export const raw = markup => ({ markup: String(markup) });

/** A template tag that escapes every interpolated value; arrays are joined, raw() values kept. */
export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return raw(out);
}
function render(value) {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object' && 'markup' in value) return value.markup;
  return esc(value);
}

export function put(element, markup) {
  element.innerHTML = render(markup);
}

/** Re-renders a container only when its key changes, so forms a user is filling survive live updates. */
export function once(element, key, build) {
  if (element.dataset.key === key) return false;
  element.dataset.key = key;
  put(element, build());
  return true;
}

/** Replaces a select's options, keeping the chosen value when it is still offered. */
export function options(select, items) {
  const chosen = select.value;
  select.innerHTML = items.map(o => `<option value="${esc(o.value)}">${esc(o.label)}</option>`).join('');
  if (items.some(o => o.value === chosen)) select.value = chosen;
}

const notice = () => document.getElementById('notice');

/** Shows a message: the API's problem (its detail and code), or plain information. */
export function say(message, kind = 'info') {
  const box = notice();
  box.className = `notice ${kind === 'info' ? 'info' : ''}`;
  box.setAttribute('role', kind === 'info' ? 'status' : 'alert');
  box.innerHTML = `<span>${esc(message)}</span> <button type="button" class="quiet">Dismiss</button>`;
  box.hidden = false;
  box.querySelector('button').onclick = () => { box.hidden = true; };
}

export function clearNotice() { notice().hidden = true; }

export function describeProblem(problem) {
  if (!problem || !problem.code) return String(problem && problem.message || problem);
  const where = problem.field ? ` (${problem.field})` : '';
  const blockers = problem.blockers && problem.blockers.length
    ? ` Still to do: ${problem.blockers.map(b => b.message).join('; ')}.` : '';
  return `${problem.message}${where}.${blockers} [${problem.code}]`.replace(/\.\.+/g, '.');
}

/**
 * Runs a user's action: the button is disabled meanwhile, a refusal is shown with its code and the form's field the
 * API named is marked invalid and focused. Returns the action's result, or undefined when it was refused.
 */
export async function act(button, action, form) {
  if (form) form.querySelectorAll('[aria-invalid]').forEach(el => el.removeAttribute('aria-invalid'));
  if (button) button.disabled = true;
  try {
    const result = await action();
    clearNotice();
    return result;
  } catch (problem) {
    say(describeProblem(problem), 'error');
    markField(form, problem && problem.field);
    if (!(problem && problem.code)) console.error(problem);
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}

function markField(form, field) {
  if (!form || !field) return;
  const bare = field.replace(/\[\d+\]/g, '');
  const input = form.querySelector(`[name="${CSS.escape(field)}"]`) || form.querySelector(`[name="${CSS.escape(bare)}"]`);
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }
}

/** A form's fields as an object: numbers for type=number (absent when empty), booleans for checkboxes. */
export function values(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === 'checkbox') out[el.name] = el.checked;
    else if (el.type === 'number') { if (el.value !== '') out[el.name] = Number(el.value); }
    else if (el.tagName !== 'BUTTON') out[el.name] = el.value.trim();
  }
  return out;
}

export function time(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** n boxes, the first `marked` filled: HP, Stress, Hope, Armor and Fear trackers. */
export function slots(marked, max, label) {
  const boxes = Array.from({ length: max }, (_, i) => `<span class="slot${i < marked ? ' marked' : ''}"></span>`);
  return raw(`<span class="slots" role="img" aria-label="${esc(label)}: ${marked} of ${max}">${boxes.join('')}</span>`);
}

/** A code as words: "sys.daggerheart.gm_fear_changed" → "Gm fear changed". */
export function humanize(code) {
  const word = String(code || '').split('.').pop().replace(/_/g, ' ');
  return word.charAt(0).toUpperCase() + word.slice(1);
}
