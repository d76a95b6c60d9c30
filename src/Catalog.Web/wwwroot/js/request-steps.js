// A request's steps beyond its lifecycle, in the request panel: the written quotes (the provider writes, the client
// accepts or declines), the accommodations and their approvals (a manager, or the substitute a manager named, decides
// at or above the department's threshold), and the handoffs with the time each department held the request. What the
// server decides (which steps are allowed, who may decide) comes from the view and the department's approval
// settings; this module only draws them and sends what the reader chose.
import { getDepartments, getJson, postJson } from './api.js';
import { h, icon } from './dom.js';
import { registerStrings, t } from './i18n.js';
import { current as signedIn } from './identity.js';
import { person } from './names.js';
import { formatInstant } from './clocks.js';
import { newIdempotencyKey } from './requests-api.js';

registerStrings({
  'steps.quotes': 'Quotes',
  'steps.quote.number': 'Quote {number}',
  'steps.quote.validUntil': 'valid until {date}',
  'steps.quote.status.AwaitingApproval': 'Waiting for a manager’s approval',
  'steps.quote.status.Proposed': 'Waiting for the client',
  'steps.quote.status.Accepted': 'Accepted',
  'steps.quote.status.Declined': 'Declined',
  'steps.quote.status.Withdrawn': 'Withdrawn',
  'steps.quote.status.Expired': 'Expired',
  'steps.quote.change': 'Why the price changes: {reason}',
  'steps.quote.decision': 'Client’s note: {note}',
  'steps.quote.required': 'A paid service: work starts once the client accepts a written quote.',
  'steps.quote.clientHint': 'Read the quote below, then accept or decline it: their clocks are paused meanwhile.',
  'steps.quote.accept': 'Accept the quote',
  'steps.quote.decline': 'Decline',
  'steps.quote.declineReason': 'Why you decline (optional)',
  'steps.quote.write': 'Write a quote',
  'steps.quote.amount': 'Amount',
  'steps.quote.currency': 'Currency',
  'steps.quote.covers': 'What the price covers',
  'steps.quote.language': 'Written in',
  'steps.quote.validUntilLabel': 'Valid until',
  'steps.quote.changeReason': 'Why the price changes (the client accepted the earlier one)',
  'steps.quote.send': 'Send the quote',
  'steps.approvals': 'Accommodations and approvals',
  'steps.approval.subject.Quote': 'Quote',
  'steps.approval.subject.Waiver': 'Waiver',
  'steps.approval.subject.Discount': 'Discount',
  'steps.approval.subject.Exception': 'Exception',
  'steps.approval.status.Pending': 'Waiting for a manager',
  'steps.approval.status.Approved': 'Approved',
  'steps.approval.status.Rejected': 'Rejected',
  'steps.approval.status.Withdrawn': 'Withdrawn',
  'steps.approval.alone': 'granted by {by} (below the threshold)',
  'steps.approval.by': 'decided by {by}',
  'steps.approval.byFor': 'decided by {by} for {manager}',
  'steps.approval.due': 'decision due {date}',
  'steps.approval.overdue': 'overdue',
  'steps.approval.approve': 'Approve',
  'steps.approval.reject': 'Reject',
  'steps.approval.reason': 'Reason (required to reject)',
  'steps.accommodation.ask': 'Ask an accommodation',
  'steps.accommodation.subject': 'Kind',
  'steps.accommodation.amount': 'What it costs the department',
  'steps.accommodation.description': 'What is asked, and why',
  'steps.accommodation.threshold': 'Under {amount} you decide alone; from {amount} a manager decides.',
  'steps.accommodation.send': 'Ask',
  'steps.handoffs': 'Transfers',
  'steps.handoff.item': '{from} → {to}',
  'steps.handoff.beyond': 'beyond the standard’s one transfer',
  'steps.handoff.held': 'Time held: {times}',
  'steps.transfer': 'Transfer',
  'steps.transfer.department': 'To department',
  'steps.transfer.agent': 'To agent (user id, optional)',
  'steps.transfer.reason': 'Reason',
  'steps.transfer.reasonRequired': 'Reason (required: the standard allows one transfer)',
  'steps.transfer.send': 'Transfer',
  'steps.assignee': 'Assigned to {who}',
  'history.step.QuoteProposed': '{by} wrote a quote',
  'history.step.QuoteAccepted': '{by} accepted the quote',
  'history.step.QuoteDeclined': '{by} declined the quote',
  'history.step.AccommodationAsked': '{by} asked an accommodation',
  'history.step.ApprovalGranted': '{by} approved',
  'history.step.ApprovalRejected': '{by} rejected',
  'history.step.Transferred': '{by} transferred the request',
}, {
  'steps.quotes': 'Soumissions',
  'steps.quote.number': 'Soumission {number}',
  'steps.quote.validUntil': 'valide jusqu’au {date}',
  'steps.quote.status.AwaitingApproval': 'En attente de l’approbation d’un gestionnaire',
  'steps.quote.status.Proposed': 'En attente du client',
  'steps.quote.status.Accepted': 'Acceptée',
  'steps.quote.status.Declined': 'Refusée',
  'steps.quote.status.Withdrawn': 'Retirée',
  'steps.quote.status.Expired': 'Expirée',
  'steps.quote.change': 'Raison du changement de prix : {reason}',
  'steps.quote.decision': 'Note du client : {note}',
  'steps.quote.required': 'Service payant : le travail commence quand le client accepte une soumission écrite.',
  'steps.quote.clientHint': 'Lisez la soumission ci-dessous, puis acceptez-la ou refusez-la : leurs délais sont suspendus d’ici là.',
  'steps.quote.accept': 'Accepter la soumission',
  'steps.quote.decline': 'Refuser',
  'steps.quote.declineReason': 'Pourquoi vous refusez (facultatif)',
  'steps.quote.write': 'Rédiger une soumission',
  'steps.quote.amount': 'Montant',
  'steps.quote.currency': 'Devise',
  'steps.quote.covers': 'Ce que le prix comprend',
  'steps.quote.language': 'Rédigée en',
  'steps.quote.validUntilLabel': 'Valide jusqu’au',
  'steps.quote.changeReason': 'Raison du changement de prix (le client avait accepté la précédente)',
  'steps.quote.send': 'Envoyer la soumission',
  'steps.approvals': 'Accommodements et approbations',
  'steps.approval.subject.Quote': 'Soumission',
  'steps.approval.subject.Waiver': 'Exonération',
  'steps.approval.subject.Discount': 'Rabais',
  'steps.approval.subject.Exception': 'Exception',
  'steps.approval.status.Pending': 'En attente d’un gestionnaire',
  'steps.approval.status.Approved': 'Approuvé',
  'steps.approval.status.Rejected': 'Refusé',
  'steps.approval.status.Withdrawn': 'Retiré',
  'steps.approval.alone': 'accordé par {by} (sous le seuil)',
  'steps.approval.by': 'décidé par {by}',
  'steps.approval.byFor': 'décidé par {by} pour {manager}',
  'steps.approval.due': 'décision attendue {date}',
  'steps.approval.overdue': 'en retard',
  'steps.approval.approve': 'Approuver',
  'steps.approval.reject': 'Refuser',
  'steps.approval.reason': 'Raison (obligatoire pour refuser)',
  'steps.accommodation.ask': 'Demander un accommodement',
  'steps.accommodation.subject': 'Type',
  'steps.accommodation.amount': 'Ce qu’il coûte au service',
  'steps.accommodation.description': 'Ce qui est demandé, et pourquoi',
  'steps.accommodation.threshold': 'Sous {amount}, vous décidez seul; à partir de {amount}, un gestionnaire décide.',
  'steps.accommodation.send': 'Demander',
  'steps.handoffs': 'Transferts',
  'steps.handoff.item': '{from} → {to}',
  'steps.handoff.beyond': 'au-delà du seul transfert de la norme',
  'steps.handoff.held': 'Temps détenu : {times}',
  'steps.transfer': 'Transférer',
  'steps.transfer.department': 'Vers le service',
  'steps.transfer.agent': 'Vers l’agent (identifiant, facultatif)',
  'steps.transfer.reason': 'Raison',
  'steps.transfer.reasonRequired': 'Raison (obligatoire : la norme permet un seul transfert)',
  'steps.transfer.send': 'Transférer',
  'steps.assignee': 'Assignée à {who}',
  'history.step.QuoteProposed': '{by} a rédigé une soumission',
  'history.step.QuoteAccepted': '{by} a accepté la soumission',
  'history.step.QuoteDeclined': '{by} a refusé la soumission',
  'history.step.AccommodationAsked': '{by} a demandé un accommodement',
  'history.step.ApprovalGranted': '{by} a approuvé',
  'history.step.ApprovalRejected': '{by} a refusé',
  'history.step.Transferred': '{by} a transféré la demande',
});

const enc = encodeURIComponent;
const openStatuses = ['Submitted', 'Acknowledged', 'InProgress', 'WaitingOnClient'];
const settingsByDepartment = new Map(); // department id → Promise<ApprovalSettings | null>

function settingsOf(departmentId) {
  if (!settingsByDepartment.has(departmentId)) {
    settingsByDepartment.set(departmentId, getJson(`/api/departments/${enc(departmentId)}/approvals`).catch(() => null));
  }

  return settingsByDepartment.get(departmentId);
}

/** A step, sent once with its idempotency key (a retry after a lost answer is answered, not taken twice). */
function sendStep(id, route, body) {
  return postJson(`/api/requests/${enc(id)}/${route}`, body, { 'Idempotency-Key': newIdempotencyKey() });
}

let departmentIds = null; // every department's id, once loaded, for the transfer picker
function loadDepartments() {
  departmentIds ??= getDepartments().then((list) => list.map((d) => d.id)).catch(() => { departmentIds = null; return []; });
  return departmentIds;
}

const money = (amount, currency) => `${Number(amount).toFixed(2)} ${currency}`;

function field(labelText, input) {
  const fieldId = input.id;
  return h('div', { class: 'field' }, h('label', { for: fieldId }, labelText), input);
}

let sequence = 0;

/**
 * The steps section of a request panel. options: { role: 'client' | 'provider', departmentName(id), onChanged(view),
 * describe(error, key) }. Returns { element, update(view) }.
 */
export function requestSteps({ role, departmentName, onChanged, describe }) {
  let departments = [];
  const element = h('section', { class: 'detail-section request-steps', dataset: { testid: 'request-steps' } });
  const error = h('p', { class: 'action-error', role: 'alert', hidden: true, dataset: { testid: 'steps-error' } });
  let view = null;
  let busy = false;
  const drafts = new Map(); // form key → element, kept across live updates so typing is never lost

  async function run(route, body) {
    if (busy) return;
    busy = true;
    error.hidden = true;
    try {
      const changed = await sendStep(view.id, route, body);
      drafts.clear();
      onChanged?.(changed);
    } catch (failure) {
      const { title, detail } = describe(failure, 'actions.failed');
      error.hidden = false;
      error.textContent = detail ? `${title} ${detail}` : title;
    } finally {
      busy = false;
    }
  }

  function kept(key, build) {
    if (!drafts.has(key)) drafts.set(key, build());
    return drafts.get(key);
  }

  function quoteStatus(quote) {
    const expired = quote.status === 'Proposed' && new Date(quote.validUntil) <= new Date();
    return expired ? 'Expired' : quote.status;
  }

  function quotes() {
    const list = view.quotes ?? [];
    if (!view.quoteRequired && !list.length && role === 'client') return [];
    const items = list.map((quote) => {
      const status = quoteStatus(quote);
      return h('li', { class: 'step-item', dataset: { testid: 'quote', status } },
        h('p', { class: 'step-head' },
          h('strong', {}, `${t('steps.quote.number', { number: quote.number })} · ${money(quote.amount, quote.currency)}`),
          ' ', h('span', { class: `badge step-status step-${status}` }, t(`steps.quote.status.${status}`))),
        h('p', {}, quote.covers),
        h('p', { class: 'muted' }, t('steps.quote.validUntil', { date: formatInstant(quote.validUntil) }), ' · ', person(quote.sentBy)),
        quote.changeReason ? h('p', {}, t('steps.quote.change', { reason: quote.changeReason })) : null,
        quote.decisionNote ? h('p', {}, t('steps.quote.decision', { note: quote.decisionNote })) : null);
    });
    const currentQuote = list.at(-1);
    const open = openStatuses.includes(view.status);
    const controls = [];
    if (role === 'client' && currentQuote && quoteStatus(currentQuote) === 'Proposed' && open) {
      const reason = kept('decline', () => h('input', { id: `decline-${++sequence}`, maxlength: '2000', dataset: { testid: 'quote-decline-reason' } }));
      controls.push(h('div', { class: 'action-form' },
        field(t('steps.quote.declineReason'), reason),
        h('div', { class: 'action-form-buttons' },
          h('button', { type: 'button', class: 'button button-small', dataset: { testid: 'quote-accept' }, onclick: () => run('quote/accept', {}) },
            icon('check'), h('span', {}, t('steps.quote.accept'))),
          h('button', { type: 'button', class: 'button button-small button-secondary', dataset: { testid: 'quote-decline' }, onclick: () => run('quote/decline', { reason: reason.value.trim() || null }) },
            icon('close'), h('span', {}, t('steps.quote.decline'))))));
    }

    if (role === 'provider' && open) controls.push(quoteForm(currentQuote));
    if (!items.length && !controls.length && !view.quoteRequired) return [];
    return h('div', { class: 'steps-block', dataset: { testid: 'quotes' } },
      h('h3', {}, t('steps.quotes')),
      view.quoteRequired ? h('p', { class: 'muted' }, t('steps.quote.required')) : null,
      items.length ? h('ol', { class: 'step-list' }, items) : null,
      controls);
  }

  function quoteForm(currentQuote) {
    return kept('quote', () => {
      const n = ++sequence;
      const amount = h('input', { id: `quote-amount-${n}`, type: 'number', min: '0.01', step: '0.01', required: true, dataset: { testid: 'quote-amount' } });
      const currency = h('input', { id: `quote-currency-${n}`, value: 'CAD', maxlength: '3', size: '4', dataset: { testid: 'quote-currency' } });
      const covers = h('textarea', { id: `quote-covers-${n}`, rows: '2', maxlength: '2000', required: true, dataset: { testid: 'quote-covers' } });
      const language = h('select', { id: `quote-language-${n}`, dataset: { testid: 'quote-language' } },
        h('option', { value: 'fr' }, 'Français'), h('option', { value: 'en' }, 'English'));
      const until = h('input', { id: `quote-until-${n}`, type: 'date', required: true, dataset: { testid: 'quote-until' } });
      until.value = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);
      const changeReason = h('textarea', { id: `quote-change-${n}`, rows: '2', maxlength: '2000', dataset: { testid: 'quote-change' } });
      const changeField = field(t('steps.quote.changeReason'), changeReason);
      changeField.hidden = currentQuote?.status !== 'Accepted';
      const form = h('form', { class: 'action-form', dataset: { testid: 'quote-form' } },
        field(t('steps.quote.amount'), amount), field(t('steps.quote.currency'), currency),
        field(t('steps.quote.covers'), covers), field(t('steps.quote.language'), language),
        field(t('steps.quote.validUntilLabel'), until), changeField,
        h('div', { class: 'action-form-buttons' },
          h('button', { type: 'submit', class: 'button button-small', dataset: { testid: 'quote-send' } }, icon('send'), h('span', {}, t('steps.quote.send')))));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        // The end of the chosen day in the browser's zone: "valid until the 20th" includes the 20th.
        const validUntil = new Date(`${until.value}T23:59:00`).toISOString();
        run('quotes', {
          amount: Number(amount.value), currency: currency.value.trim().toUpperCase(), covers: covers.value.trim(),
          language: language.value, validUntil, changeReason: changeReason.value.trim() || null,
        });
      });
      // Folded until wanted; open at once when a paid service has no quote yet, the one thing to do first.
      return h('details', { class: 'step-form', open: view.quoteRequired && !currentQuote },
        h('summary', { dataset: { testid: 'quote-open' } }, t('steps.quote.write')), form);
    });
  }

  function approvals(settings) {
    const list = view.approvals ?? [];
    const me = signedIn();
    const now = new Date();
    const decides = role === 'provider' && me && (
      (me.departmentId === view.providerDepartmentId && me.role === 'Manager')
      || (settings?.substitutes ?? []).some((s) => s.substituteId === me.userId && new Date(s.from) <= now && now < new Date(s.until)));
    const items = list.map((approval) => {
      const decided = approval.decidedAlone
        ? t('steps.approval.alone', { by: approval.decidedBy })
        : approval.decidedFor ? t('steps.approval.byFor', { by: approval.decidedBy, manager: approval.decidedFor })
          : approval.decidedBy ? t('steps.approval.by', { by: approval.decidedBy }) : null;
      const overdue = approval.status === 'Pending' && new Date(approval.dueAt) <= now;
      const reason = approval.status === 'Pending' && decides
        ? kept(`approval-${approval.number}`, () => h('input', { id: `approval-reason-${++sequence}`, maxlength: '2000', dataset: { testid: 'approval-reason' } }))
        : null;
      return h('li', { class: 'step-item', dataset: { testid: 'approval', status: approval.status } },
        h('p', { class: 'step-head' },
          h('strong', {}, `${t(`steps.approval.subject.${approval.subject}`)} · ${money(approval.amount, approval.currency)}`),
          ' ', h('span', { class: `badge step-status step-${approval.status}` }, t(`steps.approval.status.${approval.status}`)),
          overdue ? [' ', h('span', { class: 'badge flag-breached' }, icon('alert'), t('steps.approval.overdue'))] : null),
        h('p', {}, approval.description),
        h('p', { class: 'muted' },
          approval.status === 'Pending' ? t('steps.approval.due', { date: formatInstant(approval.dueAt) }) : decided ?? '',
          approval.reason ? ` — ${approval.reason}` : ''),
        reason ? h('div', { class: 'action-form' },
          field(t('steps.approval.reason'), reason),
          h('div', { class: 'action-form-buttons' },
            h('button', { type: 'button', class: 'button button-small', dataset: { testid: 'approval-approve' }, onclick: () => run(`approvals/${approval.number}/approve`, { reason: reason.value.trim() || null }) },
              icon('check'), h('span', {}, t('steps.approval.approve'))),
            h('button', { type: 'button', class: 'button button-small button-secondary', dataset: { testid: 'approval-reject' }, onclick: () => run(`approvals/${approval.number}/reject`, { reason: reason.value.trim() || null }) },
              icon('close'), h('span', {}, t('steps.approval.reject'))))) : null);
    });
    const form = role === 'provider' && openStatuses.includes(view.status) ? accommodationForm(settings) : null;
    if (!items.length && !form) return [];
    return h('div', { class: 'steps-block', dataset: { testid: 'approvals' } },
      h('h3', {}, t('steps.approvals')),
      items.length ? h('ol', { class: 'step-list' }, items) : null,
      form);
  }

  function accommodationForm(settings) {
    const form = kept('accommodation', () => {
      const n = ++sequence;
      const subject = h('select', { id: `acc-subject-${n}`, dataset: { testid: 'accommodation-subject' } },
        ['Waiver', 'Discount', 'Exception'].map((s) => h('option', { value: s }, t(`steps.approval.subject.${s}`))));
      const amount = h('input', { id: `acc-amount-${n}`, type: 'number', min: '0', step: '0.01', required: true, dataset: { testid: 'accommodation-amount' } });
      const description = h('textarea', { id: `acc-description-${n}`, rows: '2', maxlength: '2000', required: true, dataset: { testid: 'accommodation-description' } });
      const hint = h('p', { class: 'muted', dataset: { testid: 'accommodation-threshold' } });
      const built = h('form', { class: 'action-form', dataset: { testid: 'accommodation-form' } },
        hint,
        field(t('steps.accommodation.subject'), subject), field(t('steps.accommodation.amount'), amount),
        field(t('steps.accommodation.description'), description),
        h('div', { class: 'action-form-buttons' },
          h('button', { type: 'submit', class: 'button button-small', dataset: { testid: 'accommodation-send' } }, icon('send'), h('span', {}, t('steps.accommodation.send')))));
      built.addEventListener('submit', (event) => {
        event.preventDefault();
        run('accommodations', { subject: subject.value, amount: Number(amount.value), currency: settings?.currency ?? 'CAD', description: description.value.trim() });
      });
      const folded = h('details', { class: 'step-form' }, h('summary', { dataset: { testid: 'accommodation-open' } }, t('steps.accommodation.ask')), built);
      folded.hint = hint;
      return folded;
    });
    form.hint.textContent = settings ? t('steps.accommodation.threshold', { amount: money(settings.threshold, settings.currency) }) : '';
    return form;
  }

  function handoffs() {
    const list = view.handoffs ?? [];
    const open = role === 'provider' && openStatuses.includes(view.status);
    if (!list.length && !open && !view.assignee) return [];
    const resolution = (view.clocks ?? []).find((c) => c.kind === 'Resolution');
    const held = Object.entries(resolution?.elapsedByDepartment ?? {});
    const hours = (span) => {
      const [d, rest] = span.includes('.') && span.indexOf('.') < span.indexOf(':') ? span.split('.') : ['0', span];
      const [hh, mm] = rest.split(':');
      return `${Number(d) * 24 + Number(hh)} h ${mm}`;
    };
    return h('div', { class: 'steps-block', dataset: { testid: 'handoffs' } },
      h('h3', {}, t('steps.handoffs')),
      view.assignee ? h('p', { dataset: { testid: 'assignee' } }, t('steps.assignee', { who: view.assignee })) : null,
      list.length ? h('ol', { class: 'step-list' }, list.map((handoff) => h('li', { class: 'step-item', dataset: { testid: 'handoff', beyond: String(handoff.beyondStandard) } },
        h('p', { class: 'step-head' },
          h('strong', {}, t('steps.handoff.item', {
            from: handoff.fromAgent ?? departmentName(handoff.fromDepartmentId),
            to: handoff.toAgent ? `${handoff.toAgent} (${departmentName(handoff.toDepartmentId)})` : departmentName(handoff.toDepartmentId),
          })),
          handoff.beyondStandard ? [' ', h('span', { class: 'badge flag-atRisk' }, icon('alert'), t('steps.handoff.beyond'))] : null),
        h('p', { class: 'muted' }, formatInstant(handoff.at), ' · ', person(handoff.by), handoff.reason ? ` — ${handoff.reason}` : '')))) : null,
      held.length > 1 ? h('p', { dataset: { testid: 'held-time' } },
        t('steps.handoff.held', { times: held.map(([dept, span]) => `${departmentName(dept)} ${hours(span)}`).join(' · ') })) : null,
      open ? transferForm(list.length) : null);
  }

  function transferForm(count) {
    const form = kept('transfer', () => {
      const n = ++sequence;
      const department = h('select', { id: `transfer-dept-${n}`, dataset: { testid: 'transfer-department' } });
      const agent = h('input', { id: `transfer-agent-${n}`, maxlength: '200', dataset: { testid: 'transfer-agent' } });
      const reason = h('input', { id: `transfer-reason-${n}`, maxlength: '2000', dataset: { testid: 'transfer-reason' } });
      const reasonField = field(t('steps.transfer.reason'), reason);
      const built = h('form', { class: 'action-form', dataset: { testid: 'transfer-form' } },
        field(t('steps.transfer.department'), department), field(t('steps.transfer.agent'), agent), reasonField,
        h('div', { class: 'action-form-buttons' },
          h('button', { type: 'submit', class: 'button button-small button-secondary', dataset: { testid: 'transfer-send' } }, icon('send'), h('span', {}, t('steps.transfer.send')))));
      built.addEventListener('submit', (event) => {
        event.preventDefault();
        run('transfers', { toDepartmentId: department.value || null, toAgent: agent.value.trim() || null, reason: reason.value.trim() || null });
      });
      const folded = h('details', { class: 'step-form' }, h('summary', { dataset: { testid: 'transfer-open' } }, t('steps.transfer')), built);
      folded.parts = { department, reasonField };
      return folded;
    });
    const { department, reasonField } = form.parts;
    const chosen = department.value || view.providerDepartmentId;
    department.replaceChildren(...(departments.length ? departments : [view.providerDepartmentId])
      .filter((id) => id !== view.clientDepartmentId)
      .map((id) => h('option', { value: id, selected: id === chosen }, departmentName(id))));
    reasonField.querySelector('label').textContent = count >= 1 ? t('steps.transfer.reasonRequired') : t('steps.transfer.reason');
    return form;
  }

  function render(settings) {
    const blocks = [quotes(), approvals(settings), handoffs()].flat().filter(Boolean);
    element.replaceChildren(...blocks, error);
    element.hidden = blocks.length === 0;
  }

  return {
    element,
    update(next) {
      if (view?.id !== next.id) drafts.clear();
      view = next;
      render(null);
      if (role === 'provider') {
        Promise.all([settingsOf(view.providerDepartmentId), loadDepartments()]).then(([settings, ids]) => {
          departments = ids;
          if (view === next) render(settings);
        });
      }
      return !element.hidden;
    },
  };
}
