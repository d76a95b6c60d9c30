// One request in a side panel, for its client (My requests) or its provider (Queue): status, live clocks, what the
// reader may do, the form answers, and the history with comments. The action controls and the comment box are kept
// across live updates, so a refresh never loses what the reader is typing. People show by name (the id as tooltip):
// the page renders again when names arrive (names.js).
import { getService } from './api.js';
import { fill } from './page-common.js';
import { h, icon } from './dom.js';
import { pick, t, tParts } from './i18n.js';
import { person } from './names.js';
import { anchorServerTime, clockItem, formatInstant, visibleClocks, worstStatus, statusIcon } from './clocks.js';
import { requestActions } from './request-actions.js';
import { requestSteps } from './request-steps.js';
import { act } from './requests-api.js';
import { createSurveyPanel } from './survey-panel.js';
import { messageComposer } from './message-composer.js';
import { complainSection } from './complaint-form.js';
import { requestPromise } from './forecast.js';

const services = new Map(); // service id → Promise<ServiceDetails | null>, for the answers' labels in both languages

function serviceDetails(id) {
  if (!services.has(id)) services.set(id, getService(id).catch(() => null));
  return services.get(id);
}

/** A request's status as a badge: words and an icon, never colour alone. */
export function statusBadge(status) {
  const icons = { Submitted: 'inbox', Acknowledged: 'check', InProgress: 'play', WaitingOnClient: 'pause', Resolved: 'check', Closed: 'check', Cancelled: 'close' };
  return h('span', { class: `badge status status-${status}`, dataset: { testid: 'request-status', status } },
    icon(icons[status] ?? 'info'), h('span', {}, t(`status.${status}`)));
}

/** The SLA flag of a request: Breached / At risk / Paused / On track, from its clocks or, lacking them, its summary. */
export function slaFlag(summary, view) {
  let status;
  if (view) {
    status = worstStatus(view);
    if (status === 'notStarted' || status === 'met') status = summary?.breached || view.clocks?.some((c) => c.breached) ? 'breached' : 'met';
  } else {
    status = summary.breached ? 'breached' : summary.atRisk ? 'atRisk' : summary.status === 'WaitingOnClient' ? 'paused' : ['Resolved', 'Closed', 'Cancelled'].includes(summary.status) ? 'met' : 'onTrack';
  }
  return h('span', { class: `flag flag-${status}`, dataset: { testid: 'sla-flag', status } },
    icon(statusIcon(status)), h('span', {}, t(`flag.${status}`)));
}

/**
 * Creates the panel controller. options: { role: 'client' | 'provider', departmentName(id), onClose(),
 * onChanged(view) after an action, describe(error, titleKey) → { title, detail } }.
 */
export function createRequestPanel(panel, { role, departmentName, onClose, onChanged, describe }) {
  let current = null; // { id, parts, actions, comment }

  function build(id) {
    const parts = {
      header: h('header', { class: 'detail-header' }),
      body: h('div', { class: 'detail-body' }),
      callout: h('div', { class: 'request-callout-slot' }),
      survey: createSurveyPanel({ describe }),
      actions: h('section', { class: 'detail-section request-actions', 'aria-labelledby': 'request-actions-title', dataset: { testid: 'request-actions' } }),
      clocks: h('section', { class: 'detail-section', 'aria-labelledby': 'request-clocks-title', dataset: { testid: 'request-clocks' } }),
      facts: h('div', {}),
      answers: h('div', {}),
      history: h('section', { class: 'detail-section', 'aria-labelledby': 'request-history-title', dataset: { testid: 'request-history' } }),
      message: h('div', {}),
    };

    const actions = requestActions({
      role,
      inlineComment: true,
      describe,
      onDone: (view, action) => {
        onChanged?.(view, action);
      },
    });
    parts.actions.append(
      h('h3', { id: 'request-actions-title' }, t(role === 'client' ? 'request.actions.client' : 'request.actions.provider')),
      actions.buttons, actions.forms);

    const steps = requestSteps({ role, departmentName, describe, onChanged: (view) => onChanged?.(view, 'Step') });
    const comment = commentForm(id);
    // The provider answers from its department's standard messages, in the client's language.
    const composer = role === 'provider' ? messageComposer(id, { describe, onSent: (view) => onChanged?.(view, 'Comment') }) : null;
    parts.body.append(parts.message, parts.callout, parts.survey.element, parts.actions, steps.element, composer?.section ?? '',
      parts.clocks, parts.facts, parts.answers, parts.history, comment.form);
    // The client may complain about the request (complaints.html follows the complaint).
    if (role === 'client') parts.body.append(complainSection(id));
    fill(panel, parts.header, parts.body);
    current = { id, parts, actions, comment, steps, composer };
  }

  function commentForm(id) {
    const textareaId = 'request-comment';
    const textarea = h('textarea', { id: textareaId, rows: '3', maxlength: '4000', dataset: { testid: 'comment-text' } });
    const error = h('p', { class: 'action-error', role: 'alert', hidden: true });
    const submit = h('button', { type: 'submit', class: 'button button-small', dataset: { testid: 'comment-submit' } }, icon('send'), h('span', {}, t('request.comment.submit')));
    const form = h('form', { class: 'detail-section comment-form', 'aria-labelledby': 'comment-title', dataset: { testid: 'comment-form' } },
      h('h3', { id: 'comment-title' }, t('request.comment.title')),
      h('div', { class: 'field' }, h('label', { for: textareaId, class: 'visually-hidden' }, t('request.comment.label')), textarea),
      error,
      h('div', { class: 'action-form-buttons' }, submit));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const text = textarea.value.trim();
      if (!text) {
        textarea.setAttribute('aria-invalid', 'true');
        textarea.focus();
        return;
      }

      textarea.removeAttribute('aria-invalid');
      submit.disabled = true;
      error.hidden = true;
      try {
        const view = await act(id, 'Comment', { comment: text });
        textarea.value = '';
        onChanged?.(view, 'Comment');
      } catch (failure) {
        const { title, detail } = describe(failure, 'actions.failed');
        error.hidden = false;
        error.textContent = detail ? `${title} ${detail}` : title;
      } finally {
        submit.disabled = false;
      }
    });
    return { form, textarea };
  }

  function header(view, id) {
    return [
      h('div', { class: 'detail-heading' },
        h('p', { class: 'detail-kicker' }, h('span', { class: 'request-id', dataset: { testid: 'request-id' } }, id),
          view ? [' · ', pick(view.serviceName)] : null),
        h('h2', { id: 'detail-title', class: 'detail-title', tabindex: '-1' }, view ? view.title : t('detail.loading')),
        view ? h('p', { class: 'detail-version' }, statusBadge(view.status), slaFlag(null, view)) : null),
      h('button', {
        type: 'button', class: 'icon-button detail-close', 'aria-label': t('request.close'), title: t('request.close'),
        dataset: { testid: 'detail-close' }, onclick: onClose,
      }, icon('close')),
    ];
  }

  /** Shows request id: model { view, error } (view null while loading). */
  function render(id, { view, error }) {
    if (current?.id !== id) build(id);
    const { parts, actions } = current;
    panel.setAttribute('aria-busy', String(!view && !error));
    fill(parts.header, ...header(view, id));
    fill(parts.message, error ? errorMessage(error) : []);
    if (!view) {
      parts.actions.hidden = true;
      current.comment.form.hidden = true;
      if (current.composer) current.composer.section.hidden = true;
      fill(parts.clocks, error ? [] : h('div', { class: 'skeleton', 'aria-hidden': 'true' }, h('span'), h('span'), h('span', { class: 'short' })));
      return;
    }

    anchorServerTime(view.asOf);
    fill(parts.callout, callout(view));
    parts.survey.update(view);
    parts.actions.hidden = !actions.update(view);
    current.steps.update(view);
    current.comment.form.hidden = !view.allowedActions.includes('Comment');
    current.composer?.update(view);
    const clocks = visibleClocks(view);
    fill(parts.clocks,
      h('h3', { id: 'request-clocks-title' }, t('request.clocks')),
      clocks.length
        ? h('ul', { class: 'clock-list' }, clocks.map((clock) => clockItem(clock, view, { role })))
        : h('p', { class: 'muted' }, t('request.noClocks')));
    parts.clocks.append(requestPromise(view));
    fill(parts.facts, facts(view));
    fill(parts.answers, answers(view));
    fill(parts.history,
      h('h3', { id: 'request-history-title' }, t('request.history')),
      history(view));
  }

  function errorMessage(error) {
    const { title, detail } = describe(error, 'request.error');
    return h('div', { class: 'message message-error', role: 'alert', dataset: { testid: 'detail-message' } },
      icon('alert'), h('div', { class: 'message-text' }, h('p', { class: 'message-title' }, title), detail ? h('p', {}, detail) : null));
  }

  function callout(view) {
    if (view.status !== 'WaitingOnClient') return [];
    const reason = view.pauseReason ? t(`pause.${view.pauseReason}`) : t('pause.Other');
    const lastWait = [...view.history].reverse().find((r) => r.action === 'WaitOnClient');
    return h('div', { class: 'message message-warning request-callout', dataset: { testid: 'waiting-callout' } },
      icon('pause'),
      h('div', { class: 'message-text' },
        h('p', { class: 'message-title' },
          role === 'client' ? t('request.waiting.client', { reason }) : t('request.waiting.provider', { department: departmentName(view.clientDepartmentId), reason })),
        lastWait?.comment ? h('p', { class: 'request-quote' }, `“${lastWait.comment}” — `, person(lastWait.by)) : null,
        h('p', {}, t(role === 'client'
          ? (view.pauseReason === 'QuoteAcceptance' ? 'steps.quote.clientHint' : 'request.waiting.clientHint')
          : 'request.waiting.providerHint'))));
  }

  function facts(view) {
    const fact = (label, value, testId) => h('div', { class: 'detail-fact' }, h('dt', {}, label), h('dd', { dataset: { testid: testId } }, value));
    return h('dl', { class: 'detail-facts request-facts' },
      fact(t('request.provider'), departmentName(view.providerDepartmentId), 'request-provider'),
      fact(t('request.client'), departmentName(view.clientDepartmentId), 'request-client'),
      fact(t('request.requester'), person(view.requester), 'request-requester'),
      fact(t('request.filed'), formatInstant(view.filedAt), 'request-filed'),
      h('div', { class: 'detail-fact' }, h('dt', {}, t('request.service')),
        h('dd', {}, h('a', { href: `./#service=${encodeURIComponent(view.serviceId)}` }, pick(view.serviceName)),
          h('span', { class: 'muted' }, ` · ${t('detail.version', { version: view.serviceVersion })}`))));
  }

  function answers(view) {
    const entries = Object.entries(view.answers ?? {});
    const list = h('dl', { class: 'answers' });
    const show = (details) => {
      const supplies = details?.versions?.find((v) => v.version === view.serviceVersion)?.clientSupplies ?? details?.current?.clientSupplies ?? [];
      const label = (key) => {
        if (key === 'notes') return t('request.notes');
        const supply = supplies.find((s) => s.en === key || s.fr === key);
        return supply ? pick(supply) : key;
      };
      fill(list, ...entries.flatMap(([key, value]) => [h('dt', {}, label(key)), h('dd', {}, value || '—')]));
    };
    show(null);
    if (entries.length) serviceDetails(view.serviceId).then(show);
    return h('section', { class: 'detail-section', 'aria-labelledby': 'request-answers-title' },
      h('h3', { id: 'request-answers-title' }, t('request.answers')),
      entries.length ? list : h('p', { class: 'muted' }, t('request.noAnswers')));
  }

  function history(view) {
    const filed = h('li', { class: 'timeline-item' },
      h('p', { class: 'timeline-head' }, h('strong', {}, tParts('history.filed', { by: person(view.requester) })),
        h('time', { datetime: view.filedAt }, formatInstant(view.filedAt))));
    const items = view.history.map((record) => {
      const changed = record.from !== record.to;
      const key = record.step ? `history.step.${record.step}` : `history.${record.action}`;
      const text = tParts(key, { by: person(record.by), reason: record.reason ? t(`pause.${record.reason}`) : '' });
      return h('li', { class: `timeline-item history-${record.action}`, dataset: { testid: 'history-item', action: record.action } },
        h('p', { class: 'timeline-head' }, h('strong', {}, text), h('time', { datetime: record.at }, formatInstant(record.at))),
        changed ? h('p', { class: 'timeline-note' }, t('history.change', { from: t(`status.${record.from}`), to: t(`status.${record.to}`) })) : null,
        record.comment ? h('blockquote', { class: 'comment' }, record.comment) : null);
    });
    const list = h('ol', { class: 'timeline' }, filed, items);
    list.lastElementChild?.classList.add('is-current');
    return list;
  }

  return {
    render,
    get id() { return current?.id ?? null; },
    get typing() { return Boolean(current && (current.actions.isOpen || current.comment.textarea.value || current.composer?.typing)); },
    focusTitle: () => panel.querySelector('#detail-title')?.focus(),
    reset: () => { current = null; },
  };
}
