// Answering a request from the provider department's standard messages (request panel of the queue): the agent
// picks a situation, the server writes the message in the client's language with the request's values filled in
// (GET /api/requests/{id}/messages/preview), the agent may edit it, and sending posts it on the request as a
// comment (POST /api/requests/{id}/messages). The follow-up date is limited by the server to 5 business days after
// receipt; its refusal (422) is shown as the server words it.
import { getJson, postJson } from './api.js';
import { h, icon } from './dom.js';
import { formatDate, t } from './i18n.js';
import { situationNames } from './messages-strings.js';

const enc = encodeURIComponent;
const withFollowUp = ['WaitingForInformation', 'MissedAppointment'];
const withQuote = ['QuoteSent'];

/** The composer for request <id>: { section, update(view), typing }. onSent(view) after a message went out. */
export function messageComposer(id, { describe, onSent }) {
  const situation = h('select', { id: 'composer-situation', dataset: { testid: 'composer-situation' } });
  const followUp = h('input', { id: 'composer-follow-up', type: 'date', dataset: { testid: 'composer-follow-up' } });
  const followUpLabel = h('label', { for: 'composer-follow-up' });
  const followUpField = h('div', { class: 'field', hidden: true }, followUpLabel, followUp);
  const quote = h('input', { id: 'composer-quote', type: 'number', min: '0', step: '0.01', inputmode: 'decimal', dataset: { testid: 'composer-quote' } });
  const quoteField = h('div', { class: 'field', hidden: true }, h('label', { for: 'composer-quote' }, t('composer.quote')), quote);
  const text = h('textarea', { id: 'composer-text', rows: '8', maxlength: '4000', dataset: { testid: 'composer-text' } });
  const language = h('p', { class: 'hint', dataset: { testid: 'composer-language' } });
  const error = h('p', { class: 'action-error', role: 'alert', hidden: true, dataset: { testid: 'composer-error' } });
  const send = h('button', { type: 'submit', class: 'button button-small', disabled: true, dataset: { testid: 'composer-send' } },
    icon('send'), h('span', {}, t('composer.send')));
  const form = h('form', { class: 'detail-section message-composer', 'aria-labelledby': 'composer-title', dataset: { testid: 'message-composer' } },
    h('h3', { id: 'composer-title' }, t('composer.title')),
    h('div', { class: 'field' }, h('label', { for: 'composer-situation' }, t('composer.situation')), situation),
    followUpField,
    quoteField,
    h('div', { class: 'field' }, h('label', { for: 'composer-text' }, t('composer.text')), text, language),
    error,
    h('div', { class: 'action-form-buttons' }, send,
      h('a', { class: 'button button-secondary button-small', href: 'messages.html' }, t('composer.library'))));

  situation.append(h('option', { value: '' }, t('composer.choose')),
    ...situationNames.map((name) => h('option', { value: name }, t(`situation.${name}`))));

  let asked = 0;
  let edited = false;

  function showError(failure, key) {
    const { title, detail } = describe(failure, key);
    error.hidden = false;
    error.textContent = detail ? `${title} ${detail}` : title;
  }

  async function preview() {
    const chosen = situation.value;
    followUpField.hidden = !withFollowUp.includes(chosen);
    quoteField.hidden = !withQuote.includes(chosen);
    error.hidden = true;
    if (!chosen) {
      text.value = '';
      language.textContent = '';
      send.disabled = true;
      return;
    }

    const query = new URLSearchParams({ situation: chosen });
    if (!followUpField.hidden && followUp.value) query.set('followUpDate', followUp.value);
    if (!quoteField.hidden && quote.value) query.set('quoteAmount', quote.value);
    const ask = ++asked;
    try {
      const written = await getJson(`/api/requests/${enc(id)}/messages/preview?${query}`);
      if (ask !== asked) return;
      text.value = written.text;
      edited = false;
      language.textContent = t('composer.language', { language: t(`messages.lang.${written.language}`) });
      language.dataset.language = written.language;
      followUp.max = written.followUpLatest;
      if (!followUp.value) followUp.value = written.followUpDate;
      followUpLabel.textContent = t('composer.followUp', { date: formatDate(`${written.followUpLatest}T12:00:00`) });
      send.disabled = false;
    } catch (failure) {
      if (ask !== asked) return;
      send.disabled = true;
      showError(failure, 'composer.failed');
    }
  }

  situation.addEventListener('change', () => { followUp.value = ''; preview(); });
  followUp.addEventListener('change', preview);
  quote.addEventListener('change', preview);
  text.addEventListener('input', () => { edited = true; });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!situation.value || !text.value.trim()) return;
    send.disabled = true;
    error.hidden = true;
    const body = { situation: situation.value, text: text.value.trim() };
    if (!followUpField.hidden && followUp.value) body.followUpDate = followUp.value;
    if (!quoteField.hidden && quote.value) body.quoteAmount = Number(quote.value);
    try {
      const view = await postJson(`/api/requests/${enc(id)}/messages`, body);
      situation.value = '';
      text.value = '';
      language.textContent = '';
      followUpField.hidden = true;
      quoteField.hidden = true;
      edited = false;
      onSent?.(view);
    } catch (failure) {
      send.disabled = false;
      showError(failure, 'composer.sendFailed');
    }
  });

  return {
    section: form,
    /** Shows the composer while the request takes comments. */
    update(view) {
      form.hidden = !view.allowedActions.includes('Comment');
    },
    get typing() { return Boolean(situation.value && (edited || text.value)); },
  };
}
