// "File a request" in a service's detail panel: a title, an answer for each thing the client supplies, and a note;
// posted once per form with its own Idempotency-Key (a double click or a retry files one request), then a link to the
// new request. What was typed survives the panel being redrawn (a language switch, a live update).
import { fill } from './page-common.js';
import { h, icon } from './dom.js';
import { pick, t } from './i18n.js';
import { current, department, me } from './identity.js';
import { fileRequest, newIdempotencyKey } from './requests-api.js';
import { describe } from './problems.js';
import { promiseNote } from './forecast.js';

const drafts = new Map(); // service id → { title, answers, notes, key, filed, error, busy }
const shown = new Set(); // the sections on screen: { section, details, departmentName }

// The form says who files for which department, and checks eligibility: redraw it once the person is known.
me().then(() => {
  for (const entry of shown) {
    if (!entry.section.isConnected) shown.delete(entry);
    else if (!drafts.get(entry.details.id)?.busy) draw(entry.section, entry.details, entry.departmentName);
  }
});

function draftOf(serviceId) {
  if (!drafts.has(serviceId)) drafts.set(serviceId, { title: '', answers: {}, notes: '', key: newIdempotencyKey(), filed: null, error: null, busy: false });
  return drafts.get(serviceId);
}

/** The question key of a supplied item: its English text (stable whatever language the client reads). */
const answerKey = (supply) => (supply.en || supply.fr || '').slice(0, 100);

/** The section, or null for a retired service. departmentName(id) names a department. */
export function requestFormSection(details, { departmentName }) {
  if (details.retired) return null;
  const section = h('section', { class: 'detail-section request-form-section', id: 'file-request', 'aria-labelledby': 'file-request-title', dataset: { testid: 'file-request' } });
  draw(section, details, departmentName);
  shown.add({ section, details, departmentName });
  return section;
}

/** Scrolls to the form and puts the cursor in its first field. */
export function focusRequestForm(panel) {
  const section = panel.querySelector('#file-request');
  if (!section) return;
  // Scroll the panel, not the page, and keep the heading clear of the panel's sticky header.
  const header = panel.querySelector('.detail-header');
  panel.scrollTo({
    top: section.offsetTop - (header?.offsetHeight ?? 0) - 12,
    behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
  });
  (section.querySelector('input, textarea, a, button') ?? section).focus({ preventScroll: true });
}

function draw(section, details, departmentName) {
  const entry = details.current;
  const draft = draftOf(details.id);
  const mine = department();
  // The catalogue lists only what the person's department may request; a shared link may still lead elsewhere.
  const eligible = !mine || !entry.eligibleDepartments?.length || entry.eligibleDepartments.includes(mine) || entry.departmentId === mine;
  const heading = h('h3', { id: 'file-request-title' }, t('form.title'));

  if (draft.filed) {
    const id = draft.filed.id;
    fill(section, heading,
      h('div', { class: 'message message-success', role: 'status', dataset: { testid: 'filed-message' } },
        icon('check'),
        h('div', { class: 'message-text' },
          h('p', { class: 'message-title' }, t('form.filed', { id })),
          h('p', {}, t('form.filedDetail', { department: departmentName(entry.departmentId) })),
          h('p', { class: 'filed-links' },
            h('a', { class: 'button button-small', href: `requests.html#request=${encodeURIComponent(id)}`, dataset: { testid: 'filed-link' } },
              h('span', {}, t('form.follow', { id })), icon('arrow')),
            h('button', {
              type: 'button', class: 'button button-small button-secondary',
              onclick: () => {
                drafts.delete(details.id);
                draw(section, details, departmentName);
                section.querySelector('input')?.focus();
              },
            }, t('form.another'))))));
    return;
  }

  if (!eligible) {
    fill(section, heading,
      h('p', { class: 'message message-warning', dataset: { testid: 'not-eligible' } }, icon('alert'),
        h('span', {}, t('form.notEligible', {
          department: departmentName(mine),
          list: new Intl.ListFormat(document.documentElement.lang, { type: 'conjunction' }).format(entry.eligibleDepartments.map(departmentName)),
        }))));
    return;
  }

  const field = (id, label, control, hint) => h('div', { class: 'field' },
    h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null, control);
  const errors = { ...(draft.error?.errors ?? {}), ...(draft.fieldErrors ?? {}) };
  const fieldError = (key, id) => (errors[key] ? h('p', { class: 'field-error', id: `${id}-error` }, icon('alert'), errors[key].join(' ')) : null);

  const title = h('input', {
    id: 'file-title', name: 'title', type: 'text', required: true, maxlength: '200', autocomplete: 'off', value: draft.title,
    'aria-invalid': errors.title ? 'true' : null, 'aria-describedby': errors.title ? 'file-title-error' : null,
    dataset: { testid: 'file-title' },
  });
  title.addEventListener('input', () => { draft.title = title.value; });

  const supplies = (entry.clientSupplies ?? []).map((supply, index) => {
    const id = `file-answer-${index}`;
    const key = answerKey(supply);
    const control = h('textarea', { id, name: key, rows: '2', maxlength: '4000', dataset: { testid: 'file-answer' } });
    control.value = draft.answers[key] ?? '';
    control.addEventListener('input', () => { draft.answers[key] = control.value; });
    return h('div', {}, field(id, pick(supply), control), fieldError(`answers.${key}`, id));
  });

  const notes = h('textarea', { id: 'file-notes', name: 'notes', rows: '3', maxlength: '4000', dataset: { testid: 'file-notes' } });
  notes.value = draft.notes;
  notes.addEventListener('input', () => { draft.notes = notes.value; });

  const who = current()
    ? t('form.as', { name: current().name, department: departmentName(mine) })
    : t('form.loadingWho');
  const submit = h('button', { type: 'submit', class: 'button', disabled: draft.busy || !current(), dataset: { testid: 'file-submit' } },
    icon('send'), h('span', {}, t(draft.busy ? 'form.filing' : 'form.submit')));
  const problem = draft.error
    ? (() => {
      const { title: problemTitle, detail } = describe(draft.error, 'form.failed');
      return h('div', { class: 'message message-error', role: 'alert', dataset: { testid: 'file-error' } }, icon('alert'),
        h('div', { class: 'message-text' }, h('p', { class: 'message-title' }, problemTitle), detail ? h('p', {}, detail) : null));
    })()
    : null;

  const form = h('form', { class: 'request-form', novalidate: true, 'aria-describedby': 'file-who' },
    h('p', { class: 'request-form-who', id: 'file-who' }, icon('user'), h('span', {}, who)),
    promiseNote(details.id),
    h('div', {}, field('file-title', t('form.requestTitle'), title, null), fieldError('title', 'file-title')),
    supplies.length ? h('fieldset', { class: 'request-form-supplies' }, h('legend', {}, t('form.supplies')), supplies) : null,
    field('file-notes', t('form.notes'), notes, null),
    problem,
    h('div', { class: 'action-form-buttons' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (draft.busy) return;
    draft.fieldErrors = null;
    draft.error = null;
    if (!draft.title.trim()) {
      draft.fieldErrors = { title: [t('form.titleRequired')] };
      draw(section, details, departmentName);
      section.querySelector('#file-title')?.focus();
      return;
    }

    const answers = {};
    for (const supply of entry.clientSupplies ?? []) answers[answerKey(supply)] = (draft.answers[answerKey(supply)] ?? '').trim();
    if (draft.notes.trim()) answers.notes = draft.notes.trim();
    draft.busy = true;
    draft.error = null;
    draw(section, details, departmentName);
    try {
      draft.filed = await fileRequest({ serviceId: details.id, title: draft.title.trim(), answers }, draft.key);
    } catch (error) {
      draft.error = error;
    } finally {
      draft.busy = false;
    }

    draw(section, details, departmentName);
    (section.querySelector('[data-testid="filed-link"]') ?? section.querySelector('[aria-invalid="true"]') ?? section.querySelector('[data-testid="file-submit"]'))?.focus();
  });

  fill(section, heading, form);
}
