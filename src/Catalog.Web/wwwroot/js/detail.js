// The detail panel of one service: everything a client needs before filing a request, and its history.
import { h, icon } from './dom.js';
import { formatCost, formatDate, formatTarget, pick, t } from './i18n.js';
import { accentOf, separator } from './catalogue.js';
import { focusRequestForm, requestFormSection } from './request-form.js';

function header(title, onClose, extra = []) {
  return h('header', { class: 'detail-header' },
    h('div', { class: 'detail-heading' }, title, ...extra),
    h('button', {
      type: 'button',
      class: 'icon-button detail-close',
      'aria-label': t('detail.close'),
      title: t('detail.close'),
      dataset: { testid: 'detail-close' },
      onclick: onClose,
    }, icon('close')));
}

/** The panel while the service loads. */
export function renderDetailLoading(panel, onClose) {
  panel.setAttribute('aria-busy', 'true');
  panel.replaceChildren(
    header(h('h2', { id: 'detail-title', class: 'detail-title', tabindex: '-1' }, t('detail.loading')), onClose),
    h('div', { class: 'detail-body skeleton', 'aria-hidden': 'true' },
      h('span'), h('span'), h('span', { class: 'short' })));
}

/** The panel when the service could not be loaded: the problem's title and detail. */
export function renderDetailError(panel, error, onClose, describe) {
  panel.removeAttribute('aria-busy');
  const { title, detail } = describe(error, 'detail.error');
  panel.replaceChildren(
    header(h('h2', { id: 'detail-title', class: 'detail-title', tabindex: '-1' }, t('detail.label')), onClose),
    h('div', { class: 'detail-body' },
      h('div', { class: 'message message-error', role: 'alert', dataset: { testid: 'detail-message' } },
        icon('alert'),
        h('div', {}, h('p', { class: 'message-title' }, title), detail ? h('p', {}, detail) : null))));
}

/** The service's details: current version first, then the version history. */
export function renderDetail(panel, details, { departmentName, categoryName, onClose }) {
  panel.removeAttribute('aria-busy');
  const entry = details.current;
  const badges = [
    h('p', { class: 'detail-kicker' },
      h('span', { class: `card-department ${accentOf(entry.departmentId)}` },
        h('span', { class: 'meta-dot', 'aria-hidden': 'true' }, '●'), '\u00a0', departmentName(entry.departmentId)),
      separator(),
      h('span', {}, categoryName(entry.category))),
    h('p', { class: 'detail-version' },
      h('span', { class: 'badge', dataset: { testid: 'detail-version' } }, t('detail.version', { version: entry.version })),
      entry.changedAt ? h('span', {}, t('detail.updated', { date: formatDate(entry.changedAt) })) : null,
      details.retired ? h('span', { class: 'badge badge-retired' }, icon('alert'), t('detail.retired')) : null),
  ];

  panel.replaceChildren(
    header(h('h2', { id: 'detail-title', class: 'detail-title', tabindex: '-1' }, pick(entry.name)), onClose, badges),
    h('div', { class: 'detail-body' },
      details.retired
        ? h('p', { class: 'message message-warning' }, icon('alert'), t('detail.retiredOn', { date: formatDate(details.retiredAt) }))
        : null,
      h('p', { class: 'detail-description' }, pick(entry.description)),
      details.retired ? null : h('p', { class: 'detail-cta' },
        h('button', { type: 'button', class: 'button', dataset: { testid: 'file-request-open' }, onclick: () => focusRequestForm(panel) },
          icon('send'), h('span', {}, t('form.open')))),
      h('dl', { class: 'detail-facts' },
        fact('clock', t('detail.turnaround'), formatTarget(entry.turnaround), 'detail-turnaround'),
        fact('cost', t('detail.cost'), formatCost(entry.cost), 'detail-cost'),
        fact('users', t('detail.eligible'), eligibility(entry.eligibleDepartments, departmentName), 'detail-eligible')),
      section('detail.steps', 'detail-steps', 'ol', entry.steps),
      section('detail.standards', 'detail-standards', null, null, standards(entry.standards)),
      section('detail.equipment', 'detail-equipment', 'ul', entry.equipment),
      section('detail.supplies', 'detail-supplies', 'ul', entry.clientSupplies),
      requestFormSection(details, { departmentName }),
      history(details.versions ?? [], entry.version)));
}

function fact(iconName, label, value, testId) {
  return h('div', { class: 'detail-fact' },
    h('dt', {}, icon(iconName), label),
    h('dd', { dataset: { testid: testId } }, value));
}

function eligibility(departments, departmentName) {
  if (!departments?.length) return t('detail.eligible.all');
  return new Intl.ListFormat(document.documentElement.lang, { type: 'conjunction' })
    .format(departments.map((id) => departmentName(id)));
}

function section(titleKey, testId, listTag, items, content = null) {
  const id = `${testId}-title`;
  let body = content;
  if (!body) {
    body = items?.length
      ? h(listTag, { class: `detail-list detail-list-${listTag}` }, items.map((item) => h('li', {}, pick(item))))
      : h('p', { class: 'muted' }, t('detail.none'));
  }

  return h('section', { class: 'detail-section', 'aria-labelledby': id, dataset: { testid: testId } },
    h('h3', { id }, t(titleKey)),
    body);
}

function standards(list) {
  if (!list?.length) return h('p', { class: 'muted' }, t('detail.none'));
  return h('ul', { class: 'standards' },
    list.map((standard) =>
      h('li', { class: 'standard', dataset: { testid: 'detail-standard', clock: standard.clock } },
        h('div', { class: 'standard-head' },
          h('span', { class: 'standard-clock' }, t(`clock.${standard.clock}`)),
          h('span', { class: 'standard-target' }, icon('clock'), formatTarget(standard.target))),
        pick(standard.description) ? h('p', { class: 'standard-description' }, pick(standard.description)) : null)));
}

function history(versions, currentVersion) {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return h('section', { class: 'detail-section', 'aria-labelledby': 'detail-versions-title', dataset: { testid: 'detail-versions' } },
    h('h3', { id: 'detail-versions-title' }, t('detail.versions')),
    h('ol', { class: 'timeline', reversed: true },
      newestFirst.map((version) =>
        h('li', { class: `timeline-item${version.version === currentVersion ? ' is-current' : ''}` },
          h('p', { class: 'timeline-head' },
            h('strong', {}, t('detail.version', { version: version.version })),
            version.version === currentVersion ? h('span', { class: 'badge badge-current' }, icon('check'), t('detail.versionCurrent')) : null,
            version.changedAt ? h('time', { datetime: version.changedAt }, formatDate(version.changedAt)) : null),
          h('p', { class: 'timeline-note' }, version.changeNote || t('detail.versionNoNote'))))));
}
