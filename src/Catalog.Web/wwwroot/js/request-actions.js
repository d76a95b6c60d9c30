// The buttons and small forms that act on a request, for a provider (queue rows, request panel) or a client (request
// panel). The controls are built once per request and updated in place when the request changes, so a live update
// never wipes a half-typed comment or the reason being picked.
import { h, icon } from './dom.js';
import { t } from './i18n.js';
import { act, pauseReasons } from './requests-api.js';

/** What each role may do, in the order the buttons appear (the server's allowedActions decide which show). */
const actionsByRole = {
  provider: ['Acknowledge', 'Start', 'WaitOnClient', 'Resolve', 'Close', 'Comment'],
  client: ['Resume', 'Close', 'Reopen', 'Cancel', 'Comment'],
};

/** The usual next step, shown as the primary button: the first of these the request allows. */
const nextSteps = {
  provider: ['Acknowledge', 'Start', 'Resolve', 'Close'],
  client: ['Resume', 'Close'],
};

/** Actions that first open a small form (a reason, a message, a confirmation). */
const withForm = new Set(['WaitOnClient', 'Resume', 'Reopen', 'Cancel', 'Comment']);

const buttonIcons = { Acknowledge: 'check', Start: 'play', WaitOnClient: 'pause', Resolve: 'check', Close: 'check', Comment: 'chat', Resume: 'send', Reopen: 'history', Cancel: 'close' };

let sequence = 0;

/**
 * Controls for one request. options: { role, inlineComment (the panel shows its own comment box, so no Comment
 * button), onDone(view), describe(error) }. Returns { buttons, forms, update(request) } where request has id,
 * status and allowedActions; place buttons and forms where they fit and call update after each change.
 */
export function requestActions({ role, inlineComment = false, onDone, describe }) {
  const id = `actions-${++sequence}`;
  let request = null;
  let open = null;
  let busy = false;
  const actions = actionsByRole[role].filter((action) => !(inlineComment && action === 'Comment'));
  const message = h('p', { class: 'action-error', role: 'alert', hidden: true, dataset: { testid: 'action-error' } });

  const buttons = h('div', { class: 'action-buttons', role: 'group', 'aria-label': t('actions.group') });
  const forms = h('div', { class: 'action-forms' });
  const buttonOf = new Map();
  const formOf = new Map();

  for (const action of actions) {
    const label = t(`action.${role}.${action}`);
    const hasForm = withForm.has(action);
    const button = h('button', {
      type: 'button',
      class: `button button-small button-secondary action-${action}`,
      dataset: { action, testid: `action-${action}` },
      'aria-expanded': hasForm ? 'false' : null,
      'aria-controls': hasForm ? `${id}-${action}` : null,
    }, icon(buttonIcons[action]), h('span', {}, label));
    button.addEventListener('click', () => (hasForm ? toggle(action) : run(action, {})));
    buttonOf.set(action, button);
    buttons.append(button);
    if (hasForm) {
      const form = subForm(action);
      formOf.set(action, form);
      forms.append(form);
    }
  }
  forms.append(message);

  function subForm(action) {
    const formId = `${id}-${action}`;
    const fields = [];
    let reason = null;
    if (action === 'WaitOnClient') {
      reason = h('select', { id: `${formId}-reason`, name: 'reason', required: true, dataset: { testid: 'pause-reason' } },
        pauseReasons.map((r) => h('option', { value: r }, t(`pause.${r}`))));
      fields.push(h('div', { class: 'field' }, h('label', { for: `${formId}-reason` }, t('actions.reason')), reason));
    }

    const commentRequired = action === 'Comment';
    const comment = h('textarea', {
      id: `${formId}-comment`, name: 'comment', rows: action === 'Cancel' ? '2' : '3', maxlength: '4000',
      required: commentRequired, dataset: { testid: `comment-${action}` },
    });
    fields.push(h('div', { class: 'field' },
      h('label', { for: `${formId}-comment` }, t(`actions.comment.${role}.${action}`)),
      comment));

    const submit = h('button', { type: 'submit', class: `button button-small${action === 'Cancel' ? ' button-danger' : ''}`, dataset: { testid: `confirm-${action}` } },
      t(`actions.confirm.${role}.${action}`));
    const back = h('button', { type: 'button', class: 'button button-small button-secondary', onclick: () => toggle(action, false) }, t('actions.back'));
    const intro = t(`actions.intro.${role}.${action}`);
    const form = h('form', { id: formId, class: 'action-form', hidden: true, dataset: { action } },
      intro && intro !== `actions.intro.${role}.${action}` ? h('p', { class: 'action-intro' }, intro) : null,
      fields,
      h('div', { class: 'action-form-buttons' }, submit, back));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = comment.value.trim();
      if (commentRequired && !text) {
        comment.setAttribute('aria-invalid', 'true');
        comment.focus();
        return;
      }

      comment.removeAttribute('aria-invalid');
      run(action, { reason: reason?.value, comment: text || undefined }).then((ok) => {
        if (ok) {
          comment.value = '';
          toggle(action, false, { focusButton: false });
        }
      });
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        toggle(action, false);
      }
    });
    form.focusFirst = () => (reason ?? comment).focus();
    return form;
  }

  function toggle(action, force, { focusButton = true } = {}) {
    const opening = force ?? open !== action;
    for (const [name, form] of formOf) {
      const show = opening && name === action;
      form.hidden = !show;
      buttonOf.get(name)?.setAttribute('aria-expanded', String(show));
    }
    open = opening ? action : null;
    if (opening) formOf.get(action).focusFirst();
    else if (focusButton) buttonOf.get(action)?.focus();
  }

  async function run(action, { reason, comment }) {
    if (busy || !request) return false;
    busy = true;
    setBusy(true);
    showError(null);
    try {
      const view = await act(request.id, action, { reason, comment });
      onDone?.(view, action);
      return true;
    } catch (error) {
      const { title, detail } = describe(error, 'actions.failed');
      showError(detail ? `${title} ${detail}` : title);
      return false;
    } finally {
      busy = false;
      setBusy(false);
    }
  }

  function setBusy(value) {
    buttons.setAttribute('aria-busy', String(value));
    for (const button of [...buttons.querySelectorAll('button'), ...forms.querySelectorAll('button')]) button.disabled = value;
  }

  function showError(text) {
    message.hidden = !text;
    message.textContent = text ?? '';
  }

  /** Shows the buttons the request allows now (allowedActions, or the lifecycle's when only a summary is known). */
  function update(next) {
    request = next;
    const allowed = new Set(next.allowedActions ?? allowedFor(next.status));
    const primary = nextSteps[role].find((action) => allowed.has(action) && buttonOf.has(action));
    let any = false;
    for (const [action, button] of buttonOf) {
      const show = allowed.has(action);
      button.hidden = !show;
      button.classList.toggle('button-secondary', action !== primary);
      any ||= show;
    }
    if (open && !allowed.has(open)) toggle(open, false, { focusButton: false });
    buttons.hidden = !any;
    return any;
  }

  return { buttons, forms, update, get isOpen() { return open !== null; } };
}

/**
 * The lifecycle's allowed actions per status (docs/requests-sla-design.md), used only until the request's own
 * allowedActions arrive from GET /api/requests/{id}; the server checks every action anyway (409 otherwise).
 */
export function allowedFor(status) {
  return {
    Submitted: ['Acknowledge', 'Start', 'Resolve', 'Cancel', 'Comment'],
    Acknowledged: ['Start', 'WaitOnClient', 'Resolve', 'Cancel', 'Comment'],
    InProgress: ['WaitOnClient', 'Resolve', 'Cancel', 'Comment'],
    WaitingOnClient: ['Resume', 'Cancel', 'Comment'],
    Resolved: ['Close', 'Reopen', 'Comment'],
    Closed: ['Reopen'],
    Cancelled: [],
  }[status] ?? [];
}
