// Staff: experts searched, filtered and sorted on the server, paged; one expert's profile with its probable
// duplicates (same email, or a close name with agreeing attributes), checked on demand; each one can be merged into
// the open profile (after a confirmation naming both) or marked as a different person.
import { call } from './api.js';
import { bindSavedFilters } from './saved-filters.js';
import { languageName, setIsolated, setText, t } from './i18n.js';
import { fillFilterChoices, listQuery, showFilterProblem } from './staff.js';
import { button, statusLine } from './forms.js';
import { choiceItem, pagedList } from './paged-list.js';

export function staffExpertsView(root) {
  const list = root.querySelector('#experts');
  const more = root.querySelector('#experts-more');
  const filter = root.querySelector('#experts-filter');
  const error = root.querySelector('#experts-filter-error');
  const unbindChoices = fillFilterChoices(filter);
  bindSavedFilters(filter, 'experts');

  function expertItem(profile) {
    const sectors = (profile.sectors ?? []).map((s) => t(`sector.${s}`)).join(', ');
    return choiceItem(list, { expertId: profile.id }, profile.fullName, [profile.id, profile.occupation, sectors], () => showExpert(root, profile));
  }

  const experts = pagedList(list, more, {
    page: (cursor) => call('GET', `/api/profiles?${listQuery(filter, cursor)}`),
    read: (id) => call('GET', `/api/profiles/${encodeURIComponent(id)}`),
    item: expertItem,
    failed(answer) {
      showFilterProblem(error, answer, (field) => (field === 'q' ? 'staffList.search' : `staffExperts.${field}`));
      setText(root.querySelector('#experts-state'), 'common.failed', { status: answer.status });
    },
    drawn(count) {
      error.hidden = true;
      setText(root.querySelector('#experts-state'), 'staffExperts.shown', { count });
    },
  });
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    experts.restart();
  });
  experts.restart();
  return () => {
    experts.stop();
    unbindChoices();
  };
}

async function showExpert(root, profile) {
  const heading = root.querySelector('#expert-title');
  delete heading.dataset.i18n;
  heading.textContent = profile.fullName;
  heading.dir = 'auto';
  const facts = root.querySelector('#expert-facts');
  facts.replaceChildren();
  const fact = (key, value) => {
    if (value === undefined || value === null || value === '') {
      return;
    }
    const term = document.createElement('dt');
    setText(term, key);
    const detail = document.createElement('dd');
    detail.dir = 'auto';
    detail.textContent = value;
    facts.append(term, detail);
  };
  fact('staff.factId', profile.id);
  fact('staffExperts.occupation', profile.occupation);
  fact('staffExperts.experience', profile.yearsExperience);
  fact('staffExperts.sectors', (profile.sectors ?? []).map((s) => t(`sector.${s}`)).join(', '));
  fact('staffExperts.regions', (profile.preferredRegions ?? []).map((r) => t(`region.${r}`)).join(', '));
  fact('staffExperts.languages', (profile.languages ?? []).map((l) => `${languageName(l.code)} ${l.level ?? ''}`.trim()).join(', '));
  fact('staffExperts.skills', (profile.skills ?? []).join(', '));
  fact('staffExperts.availability', (profile.availability ?? []).map((a) => `${a.from} – ${a.to}`).join(', '));
  heading.focus();

  const list = root.querySelector('#duplicates');
  const state = root.querySelector('#duplicates-state');
  root.querySelector('#duplicates-title').hidden = false;
  list.replaceChildren();
  setText(state, 'common.loading');
  const result = await call('GET', `/api/profiles/${encodeURIComponent(profile.id)}/duplicates`);
  if (!result.ok) {
    setText(state, 'common.failed', { status: result.status });
    return;
  }
  for (const duplicate of result.body.probableDuplicates) {
    const item = document.createElement('li');
    item.className = 'result duplicate';
    item.dataset.duplicateOf = duplicate.duplicateOf;
    const text = document.createElement('p');
    setText(text, 'staffExperts.duplicateOf', {
      id: duplicate.duplicateOf,
      score: Math.round(duplicate.score * 100),
      fields: duplicate.fields.map((f) => t(`staffExperts.field.${f}`)).join(', '),
    });
    item.append(text);
    duplicateActions(root, profile, duplicate.duplicateOf, item);
    list.append(item);
  }
  setText(state, result.body.probableDuplicates.length ? 'staffExperts.duplicatesFound' : 'staffExperts.noDuplicates', { count: result.body.probableDuplicates.length });
}

/** "Merge into this profile" (asks first, naming both) and "Not the same person"; either answer reloads the list. */
function duplicateActions(root, profile, other, item) {
  const actions = document.createElement('div');
  actions.className = 'actions';
  const message = statusLine();
  const merge = button('staffExperts.merge');
  const distinct = button('staffExperts.distinct');
  const done = async (key) => {
    document.getElementById('announce').textContent = t(key, { id: profile.id, other });
    await showExpert(root, profile);
  };
  const refused = (answer) => {
    if (answer.status === 409) {
      setText(message, 'staffExperts.mergeConflict');
    } else {
      setText(message, 'staffExperts.refused', { status: answer.status });
    }
  };

  merge.addEventListener('click', () => {
    item.querySelector('.move-form')?.remove();
    const form = document.createElement('form');
    form.className = 'move-form';
    const question = document.createElement('p');
    setIsolated(question, 'staffExperts.mergeConfirm', { other, id: profile.id, name: profile.fullName });
    const confirm = button('staffExperts.mergeConfirmButton', 'primary', 'submit');
    const keep = button('staffExperts.mergeKeep');
    keep.addEventListener('click', () => {
      form.remove();
      merge.focus();
    });
    form.append(question, confirm, keep);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      // The merge is conditional on the surviving profile as it is now (If-Match).
      const current = await call('GET', `/api/profiles/${encodeURIComponent(profile.id)}`);
      const merged = current.ok
        ? await call('POST', `/api/profiles/${encodeURIComponent(profile.id)}/merge`, { body: { from: other }, etag: current.etag })
        : current;
      if (!merged.ok) {
        form.remove();
        refused(merged);
        return;
      }
      await done('staffExperts.merged');
    });
    item.insertBefore(form, message);
    confirm.focus();
  });

  distinct.addEventListener('click', async () => {
    const marked = await call('POST', `/api/profiles/${encodeURIComponent(profile.id)}/distinct`, { body: { other } });
    if (!marked.ok) {
      refused(marked);
      return;
    }
    await done('staffExperts.markedDistinct');
  });
  actions.append(merge, distinct);
  item.append(actions, message);
}
