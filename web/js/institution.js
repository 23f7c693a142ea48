// Institution member: their organisation's needs (edit one, see its pseudonymised candidates), the proposals to
// confirm or decline, and forms to post a need or an investment opportunity.
import { call } from './api.js';
import { regionName, sectorName, setText, t } from './i18n.js';
import { button, clearErrors, fillSelect, lines, mailLink, resultItem, showProblem, statusLine } from './forms.js';
import { languageRows } from './language-rows.js';
import { reasonList } from './expert.js';
import { showAssignments } from './proposals.js';
import { organisationName } from './names.js';
import { bindOpportunityForm, regions, sectors } from './opportunity.js';

const needLanguages = ['fr', 'ar', 'en', 'nl', 'es', 'de', 'it'];

export function institutionView(root, caller) {
  const form = root.querySelector('#need-form');
  const editing = { id: null, etag: null, need: null };
  const languages = languageRows(root.querySelector('#n-languages'), { prefix: 'n', path: 'requiredLanguages', codes: needLanguages });

  const filter = root.querySelector('#own-needs-filter');
  const states = ['open', 'expired', 'filled', 'closed', 'withdrawn'];
  const relabel = () => {
    fillSelect(filter, [['', t('flowa.status.all')], ...states.map((s) => [s, t(`flowa.status.${s}`)])]);
    fillSelect(form.querySelector('#n-sector'), sectors().map((s) => [s, sectorName(s)]));
    fillSelect(form.querySelector('#n-region'), [['', t('form.none')], ...regions().map((r) => [r, regionName(r)])]);
    languages.relabel();
  };
  relabel();

  const value = (selector) => form.querySelector(selector).value.trim();
  const number = (selector) => (value(selector) === '' ? undefined : Number(value(selector)));
  const set = (selector, v) => {
    form.querySelector(selector).value = v ?? '';
  };

  function read() {
    const need = {
      ...(editing.need ?? {}),
      organisationId: caller.org,
      title: value('#n-title'),
      description: value('#n-description') || undefined,
      country: 'MA',
      region: value('#n-region') || undefined,
      city: value('#n-city') || undefined,
      sector: value('#n-sector'),
      occupation: value('#n-occupation') || undefined,
      requiredSkills: lines(value('#n-required')),
      optionalSkills: lines(value('#n-optional')),
      requiredLanguages: languages.read(),
      minYearsExperience: number('#n-min-years'),
      durationDays: number('#n-duration'),
      positions: number('#n-positions'),
      onSite: form.querySelector('#n-onsite').checked,
      status: editing.need?.status ?? 'open',
    };
    delete need.window;
    if (value('#n-from') || value('#n-to')) {
      need.window = { from: value('#n-from'), to: value('#n-to') };
    }
    return need;
  }

  function setMode(need, etag) {
    editing.id = need?.id ?? null;
    editing.etag = etag ?? null;
    editing.need = need ?? null;
    setText(root.querySelector('#need-form-title'), need ? 'institution.editTitle' : 'institution.title', { id: need?.id ?? '' });
    setText(root.querySelector('#need-submit'), need ? 'institution.update' : 'institution.post');
    root.querySelector('#need-new').hidden = !need;
  }

  function fill(need) {
    set('#n-title', need.title);
    set('#n-description', need.description);
    set('#n-sector', need.sector);
    set('#n-region', need.region);
    set('#n-city', need.city);
    set('#n-occupation', need.occupation);
    set('#n-required', (need.requiredSkills ?? []).join('\n'));
    set('#n-optional', (need.optionalSkills ?? []).join('\n'));
    languages.fill(need.requiredLanguages);
    set('#n-min-years', need.minYearsExperience);
    set('#n-from', need.window?.from);
    set('#n-to', need.window?.to);
    set('#n-duration', need.durationDays);
    set('#n-positions', need.positions ?? 1);
    form.querySelector('#n-onsite').checked = need.onSite !== false;
  }

  let editRequest = 0; // the latest Edit clicked: an earlier one answering late must not fill the form

  async function edit(id) {
    const request = ++editRequest;
    const result = await call('GET', `/api/needs/${encodeURIComponent(id)}`);
    if (request !== editRequest) {
      return;
    }
    if (!result.ok) {
      showProblem(form, result.body, result.status); // e.g. withdrawn by staff meanwhile: say so rather than do nothing
      return;
    }
    clearErrors(form);
    fill(result.body);
    setMode(result.body, result.etag);
    form.querySelector('#n-title').focus();
  }

  let shown = null; // the need whose candidates are listed
  let asked = 0; // the latest candidates request: only its answer is drawn

  /** The need's pseudonymised candidates, with reasons the API words in the page's language. */
  async function candidates(need, focus = true) {
    shown = need;
    const heading = root.querySelector('#inst-candidates-title');
    const list = root.querySelector('#inst-candidates');
    const status = root.querySelector('#inst-candidates-state');
    heading.hidden = false;
    setText(heading, 'institution.candidatesFor', { title: need.title });
    if (focus) {
      heading.focus();
    }
    setText(status, 'common.loading');
    const ticket = ++asked;
    const result = await call('GET', `/api/needs/${encodeURIComponent(need.id)}/matches?ranker=model&top=5`);
    if (ticket !== asked) {
      return;
    }
    if (!result.ok) {
      setText(status, 'common.failed', { status: result.status });
      return;
    }
    list.replaceChildren(...result.body.results.map((candidate) => {
      const item = document.createElement('li');
      item.className = 'result candidate';
      const name = document.createElement('h3');
      name.textContent = candidate.expertId;
      const meta = document.createElement('p');
      meta.className = 'muted meta';
      // The strength (0–100 within this list) is shown, never the ranker's raw score.
      setText(meta, 'flowa.candidateMeta', { rank: candidate.rank, strength: candidate.strength });
      item.append(name, meta, reasonList(candidate.reasons));
      return item;
    }));
    setText(status, 'institution.pseudonymised', { count: result.body.results.length });
  }

  async function ownNeeds() {
    const list = root.querySelector('#own-needs');
    const status = root.querySelector('#own-needs-state');
    const items = [];
    let cursor = null;
    // The list route filters a page of ids to the organisation's own; only those are read.
    do {
      // The state filter runs on the server, "expired" by the service's clock.
      const state = filter.value ? `&status=${encodeURIComponent(filter.value)}` : '';
      const page = await call('GET', `/api/needs?limit=200&organisationId=${encodeURIComponent(caller.org)}${state}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      if (!page.ok) {
        setText(status, 'common.failed', { status: page.status });
        return;
      }
      const needs = await Promise.all(page.body.ids.map((id) => call('GET', `/api/needs/${encodeURIComponent(id)}`)));
      items.push(...needs.filter((n) => n.ok).map((n) => ({ ...n.body, etag: n.etag })));
      cursor = page.body.nextCursor;
    } while (cursor);
    list.replaceChildren(...items.map((need) => {
      const item = resultItem(need.title, [need.id, need.sector ? sectorName(need.sector) : null, need.region ? regionName(need.region) : null,
        need.window ? `${need.window.from}\u00a0–\u00a0${need.window.to}` : null]); // no-break spaces: a date range never splits across lines
      item.dataset.needId = need.id;
      const actions = document.createElement('div');
      actions.className = 'actions';
      const editButton = button('institution.edit');
      editButton.setAttribute('aria-label', t('institution.editNamed', { title: need.title }));
      editButton.addEventListener('click', () => edit(need.id));
      const seeButton = button('institution.seeCandidates');
      seeButton.setAttribute('aria-label', t('institution.seeCandidatesNamed', { title: need.title }));
      seeButton.addEventListener('click', () => candidates(need));
      actions.append(editButton, seeButton);
      // Lifecycle: an open need (expired ones too) can be marked filled, closed or withdrawn; the state is shown.
      const status = need.status ?? 'open';
      const today = new Date().toISOString().slice(0, 10);
      const shown = status === 'open' && need.window?.to && need.window.to < today ? 'expired' : status;
      const badge = document.createElement('p');
      badge.className = `need-status status-${shown}`;
      setText(badge, `flowa.status.${shown}`);
      const message = statusLine();
      if (status === 'open') {
        for (const to of ['filled', 'closed', 'withdrawn']) {
          const move = button(`flowa.move.${to}`);
          move.dataset.move = to;
          move.addEventListener('click', async () => {
            const moved = await call('POST', `/api/needs/${encodeURIComponent(need.id)}/status`, { body: { status: to }, etag: need.etag });
            if (!moved.ok) {
              setText(message, 'flowa.moveRefused', { status: moved.status });
              return;
            }
            await ownNeeds();
          });
          actions.append(move);
        }
      }
      item.querySelector('h3').after(badge); // the state right under the title
      item.append(actions, message);
      return item;
    }));
    setText(status, items.length ? 'institution.ownNeedsCount' : 'institution.ownNeedsNone', { count: items.length, org: caller.org });
  }

  // Before the expert accepts, the API gives a pseudonym; after, `expert` holds their name and email, as promised.
  const proposals = () => showAssignments(root.querySelector('#inst-proposals'), root.querySelector('#inst-proposals-state'),
    { accepted: ['confirmed', 'declined'] }, { label: expertLabel });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const posted = root.querySelector('#need-posted');
    posted.hidden = true;
    const result = editing.id
      ? await call('PUT', `/api/needs/${encodeURIComponent(editing.id)}`, { body: read(), etag: editing.etag })
      : await call('POST', '/api/needs', { body: read() });
    if (!result.ok) {
      showProblem(form, result.body, result.status);
      return;
    }
    setText(posted, editing.id ? 'institution.updated' : 'institution.posted', { id: result.body.id });
    posted.hidden = false;
    form.reset();
    languages.fill([]);
    setMode(null);
    relabel();
    posted.focus?.();
    await ownNeeds();
  });

  root.querySelector('#n-add-language').addEventListener('click', () => languages.add({ code: 'fr', level: 'B2' }).querySelector('select').focus());

  root.querySelector('#need-new').addEventListener('click', () => {
    editRequest++; // an Edit still loading is dropped: the user chose a new need
    form.reset();
    languages.fill([]);
    clearErrors(form);
    setMode(null);
    relabel();
  });

  // The organisation by its name, never its code.
  organisationName(caller.org).then((name) => setText(root.querySelector('#need-org'), 'flowa.forOrganisation', { org: name }));
  filter.addEventListener('change', () => ownNeeds());
  const unbindOpportunity = bindOpportunityForm(root, caller);
  // Candidates' reasons are worded by the API: a language change asks for them again.
  const reword = () => shown && candidates(shown, false);
  document.addEventListener('languagechange', relabel);
  document.addEventListener('languagechange', reword);
  ownNeeds();
  proposals();
  return () => {
    document.removeEventListener('languagechange', relabel);
    document.removeEventListener('languagechange', reword);
    unbindOpportunity();
  };
}

function expertLabel(assignment) {
  const { expert } = assignment;
  if (!expert) {
    return t('institution.proposalExpert', { expert: assignment.expertId });
  }
  const who = document.createDocumentFragment();
  who.append(t('institution.proposalExpert', { expert: expert.name }));
  if (expert.email) {
    who.append(' · ', mailLink(expert.email, 'expert-contact'));
  }
  return who;
}
