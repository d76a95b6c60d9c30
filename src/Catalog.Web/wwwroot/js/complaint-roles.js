// The complaints page's "Roles" section: the organisation's complaints officers and each department's head (GET
// /api/complaints/roles), the last two levels of a complaint's escalation. Catalogue administrators designate them
// (PUT …/roles/officers/{userId}, PUT …/roles/heads/{departmentId}), picking people from the directory; the
// department's staff, auditors and officers read them, in a section folded until opened: its names are asked only
// then, since names arriving redraw the page's complaint panel (and the form being filled in it).
import { h } from './dom.js';
import { collator, pick, registerStrings, t } from './i18n.js';
import { getJson, putJson } from './api.js';
import { describe } from './problems.js';
import { announce, fill } from './page-common.js';
import { person } from './names.js';

registerStrings({
  'complaints.roles': 'Complaint roles',
  'complaints.roles.explain': 'Where an unanswered complaint goes after the department’s managers: its head, then the organisation’s complaints officers.',
  'complaints.roles.officers': 'Complaints officers',
  'complaints.roles.noOfficer': 'No complaints officer designated.',
  'complaints.roles.removeOfficer': 'Remove {person}',
  'complaints.roles.addOfficer': 'Add a complaints officer',
  'complaints.roles.add': 'Add',
  'complaints.roles.heads': 'Department heads',
  'complaints.roles.department': 'Department',
  'complaints.roles.head': 'Head',
  'complaints.roles.noHead': 'None',
  'complaints.roles.saveHead': 'Save',
  'complaints.roles.saved': 'Complaint roles saved.',
  'complaints.roles.failed': 'The complaint roles could not be saved',
  'complaints.roles.choose': 'Choose a person…',
}, {
  'complaints.roles': 'Rôles pour les plaintes',
  'complaints.roles.explain': 'Où va une plainte sans réponse après les gestionnaires du service : son directeur, puis les responsables des plaintes de l’organisation.',
  'complaints.roles.officers': 'Responsables des plaintes',
  'complaints.roles.noOfficer': 'Aucun responsable des plaintes désigné.',
  'complaints.roles.removeOfficer': 'Retirer {person}',
  'complaints.roles.addOfficer': 'Ajouter un responsable des plaintes',
  'complaints.roles.add': 'Ajouter',
  'complaints.roles.heads': 'Directeurs des services',
  'complaints.roles.department': 'Service',
  'complaints.roles.head': 'Directeur',
  'complaints.roles.noHead': 'Aucun',
  'complaints.roles.saveHead': 'Enregistrer',
  'complaints.roles.saved': 'Rôles pour les plaintes enregistrés.',
  'complaints.roles.failed': 'Les rôles pour les plaintes n’ont pas pu être enregistrés',
  'complaints.roles.choose': 'Choisir une personne…',
});

const enc = encodeURIComponent;

/** Who reads the section: administrators (who edit it), auditors, and the departments' agents and managers. */
const readsRoles = (who) => Boolean(who && (who.catalogueAdministrator || who.auditor || (who.departmentId && who.role !== 'Requester')));

/**
 * Mounts the section in <paramref name="section"/> for <paramref name="who"/> (GET /api/me), departments() giving
 * the departments. Returns { render } for the page's redraws (language, names), or null when the person does not read it.
 */
export async function mountComplaintRoles(section, who, departments) {
  if (!readsRoles(who)) return null;
  const edits = Boolean(who.catalogueAdministrator);
  const state = { roles: await getJson('/api/complaints/roles'), people: edits ? await getJson('/api/directory/people') : [], failure: null, done: null, open: edits };
  // Administrators have everyone's names from the directory list; readers ask for them (names.js) once they open the section.
  const named = (id) => {
    const known = state.people.find((p) => p.id === id);
    return known ? h('span', { class: 'person', title: id, dataset: { userId: id } }, known.displayName) : person(id);
  };
  const list = await departments();
  const departmentName = (id) => pick(list.find((d) => d.id === id)?.name) || id;

  async function save(send) {
    state.failure = null;
    state.done = null;
    try {
      state.roles = await send();
      state.done = t('complaints.roles.saved');
      announce(state.done);
    } catch (error) {
      const { title, detail } = describe(error, 'complaints.roles.failed');
      state.failure = detail ? `${title} ${detail}` : title;
    }

    render();
  }

  const byName = (a, b) => collator().compare(a.displayName, b.displayName);
  const option = (p, selected) => h('option', { value: p.id, selected: selected === p.id }, `${p.displayName} (${p.id})`);

  function officers() {
    const items = state.roles.officers.map((id) => h('li', { dataset: { testid: 'complaint-officer', userId: id } },
      named(id), ' ',
      edits ? h('button', { type: 'button', class: 'button button-small button-secondary', dataset: { testid: 'officer-remove' }, 'aria-label': t('complaints.roles.removeOfficer', { person: id }),
        onclick: () => save(() => putJson(`/api/complaints/roles/officers/${enc(id)}`, { officer: false })) }, '×') : null));
    let add = null;
    if (edits) {
      const pickOfficer = h('select', { id: 'officer-person', dataset: { testid: 'officer-person' } },
        h('option', { value: '' }, t('complaints.roles.choose')),
        state.people.filter((p) => !state.roles.officers.includes(p.id)).sort(byName).map((p) => option(p)));
      add = h('form', { class: 'toolbar', dataset: { testid: 'officer-form' } },
        h('div', { class: 'field' }, h('label', { for: 'officer-person' }, t('complaints.roles.addOfficer')), pickOfficer),
        h('button', { type: 'submit', class: 'button button-small', dataset: { testid: 'officer-add' } }, t('complaints.roles.add')));
      add.addEventListener('submit', (event) => {
        event.preventDefault();
        if (pickOfficer.value) save(() => putJson(`/api/complaints/roles/officers/${enc(pickOfficer.value)}`, { officer: true }));
      });
    }

    return [h('h3', {}, t('complaints.roles.officers')),
      items.length ? h('ul', { dataset: { testid: 'complaint-officers' } }, items) : h('p', { class: 'muted' }, t('complaints.roles.noOfficer')),
      add];
  }

  function heads() {
    const sorted = [...list].sort((a, b) => collator().compare(pick(a.name), pick(b.name)));
    const rows = sorted.map((d) => {
      const head = state.roles.heads[d.id] ?? null;
      let cell;
      if (edits) {
        const id = `head-${d.id}`;
        const choose = h('select', { id, 'aria-label': `${t('complaints.roles.head')} — ${pick(d.name)}`, dataset: { testid: 'head-person' } },
          h('option', { value: '' }, t('complaints.roles.noHead')),
          state.people.filter((p) => p.departmentId === d.id).sort(byName).map((p) => option(p, head)));
        cell = h('div', { class: 'action-form-buttons' }, choose,
          h('button', { type: 'button', class: 'button button-small', dataset: { testid: 'head-save' },
            onclick: () => save(() => putJson(`/api/complaints/roles/heads/${enc(d.id)}`, { userId: choose.value || null })) }, t('complaints.roles.saveHead')));
      } else {
        cell = head ? named(head) : h('span', { class: 'muted' }, t('complaints.roles.noHead'));
      }

      return h('tr', { dataset: { testid: 'head-row', department: d.id } },
        h('th', { scope: 'row' }, departmentName(d.id)),
        h('td', { dataset: { testid: 'head-current' } }, cell));
    });
    return [h('h3', {}, t('complaints.roles.heads')),
      h('div', { class: 'table-wrap' }, h('table', { class: 'data-table', dataset: { testid: 'head-table' } },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('complaints.roles.department')), h('th', { scope: 'col' }, t('complaints.roles.head')))),
        h('tbody', {}, rows)))];
  }

  const body = () => [
    h('p', { class: 'hint' }, t('complaints.roles.explain')),
    officers(),
    heads(),
    state.failure ? h('p', { class: 'action-error', role: 'alert', dataset: { testid: 'roles-error' } }, state.failure) : null,
    h('p', { class: 'muted', role: 'status', dataset: { testid: 'roles-status' } }, state.done ?? '')];

  function render() {
    section.hidden = false;
    if (edits) {
      fill(section, h('h2', { id: 'roles-title' }, t('complaints.roles')), body());
      return;
    }

    const details = h('details', { open: state.open },
      h('summary', { dataset: { testid: 'roles-open' } }, h('h2', { id: 'roles-title', class: 'inline-heading' }, t('complaints.roles'))),
      state.open ? body() : null);
    details.addEventListener('toggle', () => {
      if (details.open === state.open) return;
      state.open = details.open;
      render();
    });
    fill(section, details);
  }

  render();
  return { render };
}
