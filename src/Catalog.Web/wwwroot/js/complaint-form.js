// The "Complain" control of a request's panel on My requests: a button that opens a small form (cause and text)
// posting to /api/requests/{id}/complaints, then says which complaint was filed, with a link to follow it.
import { postJson } from './api.js';
import { h, icon } from './dom.js';
import { t } from './i18n.js';
import { describe } from './problems.js';
import { causes } from './complaints-strings.js';

/** The complain section for request <id>: a detail-section element. */
export function complainSection(requestId) {
  const causeId = 'complain-cause';
  const textId = 'complain-text';
  const cause = h('select', { id: causeId, dataset: { testid: 'complain-cause' } },
    causes.map((c) => h('option', { value: c }, t(`complaint.cause.${c}`))));
  const text = h('textarea', { id: textId, rows: '3', maxlength: '4000', dataset: { testid: 'complain-text' } });
  const status = h('p', { class: 'action-error', role: 'status', hidden: true, dataset: { testid: 'complain-status' } });
  const submit = h('button', { type: 'submit', class: 'button button-small', dataset: { testid: 'complain-submit' } }, icon('send'), h('span', {}, t('complain.submit')));
  const form = h('form', { class: 'action-form', hidden: true, dataset: { testid: 'complain-form' } },
    h('div', { class: 'field' }, h('label', { for: causeId }, t('complain.cause')), cause),
    h('div', { class: 'field' }, h('label', { for: textId }, t('complain.text')), text),
    h('div', { class: 'action-form-buttons' },
      submit,
      h('button', { type: 'button', class: 'button button-small button-secondary', onclick: () => { form.hidden = true; open.hidden = false; } }, t('complain.cancel'))));
  const open = h('button', {
    type: 'button', class: 'button button-small button-secondary', dataset: { testid: 'complain-open' },
    onclick: () => { form.hidden = false; open.hidden = true; status.hidden = true; cause.focus(); },
  }, icon('alert'), h('span', {}, t('complain.open')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      text.setAttribute('aria-invalid', 'true');
      text.focus();
      return;
    }

    text.removeAttribute('aria-invalid');
    submit.disabled = true;
    try {
      const complaint = await postJson(`/api/requests/${encodeURIComponent(requestId)}/complaints`, { cause: cause.value, text: text.value.trim() });
      form.hidden = true;
      open.hidden = false;
      text.value = '';
      status.hidden = false;
      status.className = 'muted';
      status.replaceChildren(h('a', { href: `complaints.html#complaint=${encodeURIComponent(complaint.id)}`, dataset: { testid: 'complain-filed' } },
        t('complain.filed', { id: complaint.id })));
    } catch (failure) {
      const { title, detail } = describe(failure, 'complain.failed');
      status.hidden = false;
      status.className = 'action-error';
      status.textContent = detail ? `${title} ${detail}` : title;
    } finally {
      submit.disabled = false;
    }
  });

  return h('section', { class: 'detail-section', 'aria-labelledby': 'complain-title', dataset: { testid: 'complain' } },
    h('h3', { id: 'complain-title' }, t('complain.title')), open, form, status);
}
