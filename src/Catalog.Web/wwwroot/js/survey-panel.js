// Satisfaction surveys on the request pages: the survey panel of a request (its requester answers 1–5 with an
// optional comment, then sees their answer; the provider and auditors see the score), and the "surveys waiting"
// list of My requests, which the live hub's surveyOffered message fills at once when a request is resolved.
import './surveys-strings.js';
import { ApiError, getJson, postJson } from './api.js';
import { h, icon } from './dom.js';
import { pick, plural, t } from './i18n.js';
import { formatInstant } from './clocks.js';
import { connect } from './live.js';
import { announce, fill } from './page-common.js';
import { current } from './identity.js';

const answeredEvent = 'catalog:survey-answered';
const offeredHandlers = new Set();
let listening = null;

/** GET /api/requests/{id}/survey */
export const getSurvey = (id) => getJson(`/api/requests/${encodeURIComponent(id)}/survey`);

/** POST /api/requests/{id}/survey */
export const answerSurvey = (id, score, comment) => postJson(`/api/requests/${encodeURIComponent(id)}/survey`, { score, comment: comment || null });

/** GET /api/me/surveys */
export const getWaitingSurveys = () => getJson('/api/me/surveys');

/** Calls handler(waitingSurvey) when the live hub offers the signed-in person a survey. */
export function onSurveyOffered(handler) {
  offeredHandlers.add(handler);
  listening ??= connect().then((connection) => connection.on('surveyOffered', (survey) => {
    for (const each of offeredHandlers) each(survey);
  }), (error) => { listening = null; console.warn('surveys: live offers unavailable', error); });
  return () => offeredHandlers.delete(handler);
}

/**
 * The survey section of a request's panel. update(view) after every render of the request: it (re)loads the survey
 * when the request's status changes, and keeps a half-typed answer across live updates.
 */
export function createSurveyPanel({ describe }) {
  const element = h('section', { class: 'detail-section survey-panel', 'aria-labelledby': 'survey-title', hidden: true, dataset: { testid: 'survey-panel' } });
  let shown = { id: null, key: null, survey: null, form: null };

  async function load(id) {
    try {
      const survey = await getSurvey(id);
      if (shown.id === id) render(survey);
    } catch (error) {
      if (shown.id === id && !(error instanceof ApiError && error.status === 404)) console.warn('surveys: could not load', id, error);
    }
  }

  function render(survey, { thanks = false } = {}) {
    shown.survey = survey;
    if (survey.status === 'None') {
      element.hidden = true;
      fill(element);
      shown.form = null;
      return;
    }

    element.hidden = false;
    element.dataset.status = survey.status;
    const title = h('h3', { id: 'survey-title' }, t('survey.title'));
    if (survey.status === 'Offered' && survey.canAnswer) {
      if (!shown.form) shown.form = form(survey);
      fill(element, title, shown.form);
      return;
    }

    shown.form = null;
    if (survey.status === 'Skipped') {
      fill(element, title, h('p', { class: 'muted', dataset: { testid: 'survey-skipped' } }, t('survey.skipped')));
    } else if (survey.status === 'Offered') {
      fill(element, title, h('p', { class: 'muted', dataset: { testid: 'survey-waiting' } }, t('survey.waitingForClient', { date: formatInstant(survey.decidedAt) })));
    } else {
      fill(element, title,
        h('div', { class: `message ${thanks ? 'message-success' : 'message-info'}`, role: thanks ? 'status' : null, dataset: { testid: 'survey-answered' } },
          icon('check'),
          h('div', { class: 'message-text' },
            thanks ? h('p', { class: 'message-title' }, t('survey.thanks')) : null,
            h('p', { dataset: { testid: 'survey-score' } }, t(survey.requester === current()?.userId ? 'survey.yourAnswer' : 'survey.answer', { score: survey.score })),
            survey.comment ? h('blockquote', { class: 'comment', dataset: { testid: 'survey-comment' } }, survey.comment) : null,
            h('p', { class: 'muted' }, t('survey.answeredOn', { date: formatInstant(survey.answeredAt) })))));
    }
  }

  function form(survey) {
    const id = survey.requestId;
    const scores = h('fieldset', { class: 'segmented survey-scores', dataset: { testid: 'survey-scores' } },
      h('legend', { class: 'segmented-legend' }, t('survey.score')),
      [1, 2, 3, 4, 5].map((score) => h('label', { title: t(`survey.score.${score}`) },
        h('input', { type: 'radio', name: 'survey-score', value: String(score), 'aria-label': t(`survey.score.${score}`), dataset: { testid: `survey-score-${score}` } }),
        h('span', {}, '★ ', String(score)))));
    const comment = h('textarea', { id: 'survey-comment', rows: '3', maxlength: '2000', dataset: { testid: 'survey-comment-text' } });
    const error = h('p', { class: 'action-error', role: 'alert', hidden: true, dataset: { testid: 'survey-error' } });
    const submit = h('button', { type: 'submit', class: 'button button-small', dataset: { testid: 'survey-submit' } }, icon('send'), h('span', {}, t('survey.send')));
    const element = h('form', { class: 'survey-form', dataset: { testid: 'survey-form' } },
      h('p', { class: 'survey-question', dataset: { testid: 'survey-question' } }, pick(survey.question)),
      scores,
      h('div', { class: 'field' }, h('label', { for: 'survey-comment' }, t('survey.comment')), comment),
      error,
      h('div', { class: 'action-form-buttons' }, submit));
    element.addEventListener('submit', async (event) => {
      event.preventDefault();
      const score = Number(scores.querySelector('input:checked')?.value ?? 0);
      if (!score) {
        error.hidden = false;
        error.textContent = t('survey.scoreRequired');
        scores.querySelector('input')?.focus();
        return;
      }

      submit.disabled = true;
      error.hidden = true;
      try {
        const answered = await answerSurvey(id, score, comment.value.trim());
        shown.form = null;
        if (shown.id === id) render(answered, { thanks: true });
        document.dispatchEvent(new CustomEvent(answeredEvent, { detail: id }));
        announce(t('survey.thanks'));
      } catch (failure) {
        const { title, detail } = describe(failure, 'survey.failed');
        error.hidden = false;
        error.textContent = detail ? `${title} ${detail}` : title;
        if (failure instanceof ApiError && failure.status === 409) load(id);
      } finally {
        submit.disabled = false;
      }
    });
    return element;
  }

  const stop = onSurveyOffered((survey) => {
    if (!element.isConnected && shown.id) stop(); // the request panel was rebuilt for another request
    else if (survey.requestId === shown.id) load(shown.id);
  });

  return {
    element,
    /** Called with the request's view after each render. */
    update(view) {
      const key = `${view.id}|${view.status}`;
      if (shown.id !== view.id) {
        shown = { id: view.id, key: null, survey: null, form: null };
        element.hidden = true;
        fill(element);
      }

      if (shown.key === key) return;
      shown.key = key;
      // Only a resolved request (or one resolved before and reopened) can have a survey.
      if (['Resolved', 'Closed'].includes(view.status) || view.history?.some((r) => r.action === 'Resolve')) load(view.id);
    },
  };
}

/**
 * The "surveys waiting for your answer" box of My requests, above the list: a count badge and a link to each
 * request. It fills from GET /api/me/surveys, grows live on surveyOffered, and shrinks when one is answered.
 */
export function mountWaitingSurveys(before) {
  const box = h('section', { class: 'message message-info surveys-waiting', 'aria-labelledby': 'surveys-waiting-title', hidden: true, dataset: { testid: 'surveys-waiting' } });
  before.before(box);
  let waiting = [];

  const render = () => {
    box.hidden = waiting.length === 0;
    fill(box, icon('info'),
      h('div', { class: 'message-text' },
        h('p', { class: 'message-title', id: 'surveys-waiting-title' },
          t('surveys.waiting.title'), ' ',
          h('span', { class: 'badge', dataset: { testid: 'surveys-waiting-count' } }, plural('surveys.waiting.count', waiting.length))),
        h('ul', { class: 'surveys-waiting-list' }, waiting.map((survey) => h('li', { dataset: { testid: 'survey-waiting-item', requestId: survey.requestId } },
          h('a', { href: `#request=${encodeURIComponent(survey.requestId)}` },
            t('surveys.waiting.item', { id: survey.requestId, service: pick(survey.serviceName) }),
            survey.title ? ` — ${survey.title}` : '', ' · ', t('surveys.waiting.open')))))));
  };

  const load = () => getWaitingSurveys().then((list) => { waiting = list; render(); }, (error) => console.warn('surveys: could not list', error));
  onSurveyOffered((survey) => {
    waiting = [survey, ...waiting.filter((s) => s.requestId !== survey.requestId)];
    render();
    announce(t('surveys.announce', { id: survey.requestId }));
  });
  document.addEventListener(answeredEvent, (event) => {
    waiting = waiting.filter((s) => s.requestId !== event.detail);
    render();
  });
  load();
  return { render, reload: load };
}
