// Staff: the open needs; for one need the ranked candidates with reasons, a score bar and per-feature bars, a
// shortlist button, and the need's assignments with the next moves and overlapping dates flagged before approval.
import { call } from './api.js';
import { bindSavedFilters } from './saved-filters.js';
import { codesOf, languageName, setText, t } from './i18n.js';
import { reasonList } from './expert.js';
import { featureBars } from './features.js';
import { showNeedAssignments } from './staff-assignments.js';
import { button } from './forms.js';
import { choiceItem, pagedList } from './paged-list.js';

const pageSize = 20;

export function staffView(root) {
  const list = root.querySelector('#needs');
  const more = root.querySelector('#needs-more');
  const filter = root.querySelector('#needs-filter');
  const unbindChoices = fillFilterChoices(filter);
  bindSavedFilters(filter, 'needs');
  let current = null; // the need whose details and candidates are shown
  let asked = 0; // the latest candidates request: only its answer is drawn

  function needItem(need) {
    const window = need.window ? `${need.window.from} – ${need.window.to}` : null;
    return choiceItem(list, { needId: need.id }, need.title, [need.id, need.city, need.sector ? t(`sector.${need.sector}`) : null, window], () => showNeed(need));
  }

  const error = root.querySelector('#needs-filter-error');
  const needs = pagedList(list, more, {
    page: (cursor) => call('GET', `/api/needs?${listQuery(filter, cursor)}`),
    read: (id) => call('GET', `/api/needs/${encodeURIComponent(id)}`),
    item: needItem,
    failed(answer) {
      const badFilter = showFilterProblem(error, answer, (field) => `staffList.${field === 'organisationId' ? 'organisation' : field === 'q' ? 'search' : field}`);
      setText(root.querySelector('#needs-state'), badFilter ? 'staffList.none' : 'common.failed', { status: answer.status });
    },
    drawn(count) {
      error.hidden = true;
      setText(root.querySelector('#needs-state'), 'staffList.needsShown', { count });
    },
  });
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    needs.restart();
  });

  function fact(facts, key, value) {
    if (value === undefined || value === null || value === '') {
      return;
    }
    const term = document.createElement('dt');
    setText(term, key);
    const detail = document.createElement('dd');
    detail.textContent = value;
    facts.append(term, detail);
  }

  async function showNeed(need) {
    current = need;
    const heading = root.querySelector('#need-title');
    delete heading.dataset.i18n;
    heading.textContent = need.title;
    showFacts(need);
    heading.focus();
    await showCandidates(need);
    await showNeedAssignments(root, need);
  }

  function showFacts(need) {
    const facts = root.querySelector('#need-facts');
    facts.replaceChildren();
    fact(facts, 'staff.factId', need.id);
    fact(facts, 'staff.factOrganisation', need.organisationId);
    fact(facts, 'staff.factPlace', [need.city, need.region ? t(`region.${need.region}`) : null].filter(Boolean).join(', '));
    fact(facts, 'staff.factSector', need.sector ? t(`sector.${need.sector}`) : null);
    fact(facts, 'staff.factSkills', (need.requiredSkills ?? []).join(', '));
    fact(facts, 'staff.factLanguages', (need.requiredLanguages ?? []).map((l) => `${languageName(l.code)} ${l.level ?? ''}`.trim()).join(', '));
    fact(facts, 'staff.factWindow', need.window ? `${need.window.from} – ${need.window.to}` : null);
  }

  /** The ranked candidates, with reasons the API words in the page's language. */
  async function showCandidates(need) {
    const candidates = root.querySelector('#candidates');
    const status = root.querySelector('#candidates-state');
    root.querySelector('#candidates-title').hidden = false;
    candidates.replaceChildren();
    setText(status, 'common.loading');
    const ticket = ++asked;
    const result = await call('GET', `/api/needs/${encodeURIComponent(need.id)}/matches?ranker=model&top=10`);
    if (ticket !== asked) {
      return; // a later request (another need, another language) draws the list
    }
    if (!result.ok) {
      setText(status, 'common.failed', { status: result.status });
      return;
    }
    const { results, ranker, modelVersion } = result.body;
    const profiles = await Promise.all(results.map((r) => call('GET', `/api/profiles/${encodeURIComponent(r.expertId)}`)));
    if (ticket !== asked) {
      return;
    }
    candidates.replaceChildren();
    results.forEach((candidate, index) => {
      const entry = document.createElement('li');
      entry.className = 'result candidate';
      const name = document.createElement('h4');
      name.textContent = profiles[index].ok ? `${profiles[index].body.fullName} (${candidate.expertId})` : candidate.expertId;
      const score = document.createElement('div');
      score.className = 'score';
      const bar = document.createElement('div');
      bar.className = 'score-bar';
      bar.setAttribute('role', 'img');
      // The 0–100 strength within this list, never the ranker's raw score (negative under the model).
      bar.setAttribute('aria-label', t('flowa.strength', { strength: candidate.strength }));
      const fill = document.createElement('span');
      fill.style.inlineSize = `${candidate.strength}%`;
      bar.append(fill);
      const number = document.createElement('span');
      number.className = 'score-number';
      setText(number, 'flowa.strength', { strength: candidate.strength });
      score.append(bar, number);
      const shortlist = button('staff.shortlist', 'secondary shortlist');
      shortlist.addEventListener('click', async () => {
        const dates = datesFor(need);
        const created = await call('POST', '/api/assignments', { body: { needId: need.id, expertId: candidate.expertId, ...dates } });
        setText(shortlist, created.ok ? 'staff.shortlisted' : 'staff.shortlistFailed', { status: created.status });
        shortlist.disabled = created.ok;
        await showNeedAssignments(root, need);
      });
      entry.append(name, score, reasonList(candidate.reasons), featureBars(candidate.features), shortlist);
      candidates.append(entry);
    });
    setText(status, modelVersion ? 'staff.rankedWithModel' : 'staff.rankedWith', { count: results.length, ranker, version: modelVersion ?? '' });
  }

  // Reasons and need facts are worded in the page's language: a language change words them again.
  const reword = () => {
    if (current) {
      showFacts(current);
      showCandidates(current);
    }
  };
  document.addEventListener('languagechange', reword);

  needs.restart();
  return () => {
    needs.stop();
    document.removeEventListener('languagechange', reword);
    unbindChoices();
  };
}

/** A filter form as a list route's query for one page: empty fields are left out, the server does the rest. */
export function listQuery(form, cursor) {
  const query = new URLSearchParams({ limit: String(pageSize) });
  for (const [name, value] of new FormData(form)) {
    if (String(value).trim() !== '') {
      query.set(name, String(value).trim());
    }
  }
  if (cursor) {
    query.set('cursor', cursor);
  }
  return query;
}

/**
 * A list route's 400 naming a filter field, said beside the filter form (<label> gives the field's i18n key);
 * false for any other failure.
 */
export function showFilterProblem(error, answer, label) {
  const field = Object.keys(answer.body?.errors ?? {})[0];
  if (answer.status !== 400 || !field) {
    return false;
  }
  setText(error, 'staffList.badFilter', { field: label(field) });
  error.hidden = false;
  return true;
}

/** The sector, region and language choices of a filter form, from the catalogues, named in the reader's language. */
export function fillFilterChoices(form) {
  for (const select of form.querySelectorAll('select[data-codes]')) {
    for (const code of codesOf(select.dataset.codes)) {
      const option = document.createElement('option');
      option.value = code;
      setText(option, `${select.dataset.codes}.${code}`);
      select.append(option);
    }
  }
  const languages = form.querySelector('select[data-languages]');
  const nameLanguages = () => {
    for (const option of languages.querySelectorAll('option[value]:not([value=""])')) {
      option.textContent = languageName(option.value);
    }
  };
  for (const code of languages.dataset.languages.split(' ')) {
    const option = document.createElement('option');
    option.value = code;
    languages.append(option);
  }
  nameLanguages();
  document.addEventListener('languagechange', nameLanguages);
  return () => document.removeEventListener('languagechange', nameLanguages);
}

/** The need's window, cut to its duration when it has one: the dates an assignment books. */
function datesFor(need) {
  const from = need.window?.from ?? new Date().toISOString().slice(0, 10);
  let to = need.window?.to ?? from;
  if (need.durationDays) {
    const end = new Date(`${from}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + need.durationDays - 1);
    const cut = end.toISOString().slice(0, 10);
    to = cut < to ? cut : to;
  }
  return { from, to };
}
