// Expert: own profile (POST, then PUT with If-Match) with skills suggested from a CV, availability periods and an
// investment interest checked in the browser before sending, needs recommended to them with reasons, investment
// opportunities for them, proposals to accept or decline, export of their data.
import { call } from './api.js';
import { countryName, regionCodes, regionName, sectorCodes, sectorName, setIsolated, setText, t } from './i18n.js';
import { checkboxes, clearErrors, fillSelect, lines, resultItem, showProblem } from './forms.js';
import { bindCvUpload } from './cv.js';
import { availabilityEditor } from './availability.js';
import { investmentEditor } from './investment.js';
import { showAssignments } from './proposals.js';
import { organisationName } from './names.js';
import { bindOccupationSuggestions } from './occupation.js';
import { languageRows } from './language-rows.js';
import { opportunityActions } from './opportunity-detail.js';
import { detailsAndInterest } from './details-and-interest.js';

const residenceCountries = ['NL', 'BE', 'FR', 'ES', 'IT', 'DE', 'GB', 'SE', 'CH', 'CA', 'US', 'MA'];
const spokenLanguages = ['ar', 'fr', 'en', 'nl', 'es', 'it', 'de'];
const consentVersion = '2026-01';

export function expertView(root, caller) {
  const form = root.querySelector('#profile-form');
  const languages = languageRows(root.querySelector('#p-languages'), { prefix: 'p', path: 'languages', codes: spokenLanguages });
  const state = { etag: null, profile: null };
  const id = caller.subject;
  const availability = availabilityEditor(root);
  const investment = investmentEditor(root);

  const countrySelect = root.querySelector('#p-country');
  const sectorBoxes = checkboxes(root.querySelector('#p-sectors'), sectorCodes, 'p-sector', sectorName);
  const regionBoxes = checkboxes(root.querySelector('#p-regions'), () => regionCodes('MA'), 'p-region', regionName);
  const ticked = (id) => [...root.querySelectorAll(`${id} input:checked`)].map((box) => box.value);
  const tick = (id, codes) => {
    for (const box of root.querySelectorAll(`${id} input`)) {
      box.checked = (codes ?? []).includes(box.value);
    }
  };
  const fillCountries = () => fillSelect(countrySelect, residenceCountries.map((c) => [c, countryName(c)]));

  function fill(profile) {
    form.fullName.value = profile.fullName ?? '';
    form.email.value = profile.email ?? '';
    fillSelect(countrySelect, residenceCountries.map((c) => [c, countryName(c)]), profile.countryOfResidence);
    languages.fill(profile.languages);
    form.skills.value = (profile.skills ?? []).join('\n');
    form.occupation.value = profile.occupation ?? '';
    form.yearsExperience.value = profile.yearsExperience ?? '';
    form.summary.value = profile.summary ?? '';
    root.querySelector('#p-remote').checked = profile.remoteOk === true;
    tick('#p-sectors', profile.sectors);
    tick('#p-regions', profile.preferredRegions);
    availability.fill(profile.availability);
    investment.fill(profile.investment);
    root.querySelector('#p-consent').checked = profile.consent?.given === true;
  }

  /** The loaded profile with the form's fields over it, so fields this form does not show are kept. */
  function read() {
    const profile = { ...(state.profile ?? {}) };
    profile.fullName = form.fullName.value.trim();
    const email = form.email.value.trim();
    if (email) {
      profile.email = email;
    } else {
      delete profile.email;
    }
    profile.countryOfResidence = countrySelect.value;
    profile.originCountry ??= 'MA';
    profile.languages = languages.read();
    profile.skills = lines(form.skills.value);
    const optional = (name, value) => {
      if (value === '' || value === undefined) {
        delete profile[name];
      } else {
        profile[name] = value;
      }
    };
    optional('occupation', form.occupation.value.trim());
    optional('yearsExperience', form.yearsExperience.value === '' ? undefined : Number(form.yearsExperience.value));
    optional('summary', form.summary.value.trim());
    profile.sectors = ticked('#p-sectors');
    profile.preferredRegions = ticked('#p-regions');
    profile.remoteOk = root.querySelector('#p-remote').checked;
    profile.availability = availability.read();
    const interest = investment.read();
    if (interest) {
      profile.investment = interest;
    } else {
      delete profile.investment;
    }
    const given = root.querySelector('#p-consent').checked;
    const previous = profile.consent;
    profile.consent = previous?.given === given && previous.version === consentVersion
      ? previous
      : { given, version: consentVersion, at: new Date().toISOString() };
    return profile;
  }

  /** How complete the profile is, and what to add: the fields the ranking reads, each worth the same. */
  function showCompleteness(profile) {
    const today = new Date().toISOString().slice(0, 10);
    const checks = [
      ['occupation', Boolean(profile.occupation)],
      ['skills', (profile.skills ?? []).length >= 3],
      ['years', Number.isInteger(profile.yearsExperience)],
      ['sectors', (profile.sectors ?? []).length > 0],
      ['regions', (profile.preferredRegions ?? []).length > 0 || profile.remoteOk === true],
      ['languages', (profile.languages ?? []).length > 0],
      ['availability', (profile.availability ?? []).some((a) => a.to >= today)],
      ['summary', Boolean(profile.summary)],
    ];
    const done = checks.filter(([, ok]) => ok).length;
    setText(root.querySelector('#completeness-score'), 'flowa.completeness', { percent: Math.round((100 * done) / checks.length) });
    root.querySelector('#completeness-missing').replaceChildren(...checks.filter(([, ok]) => !ok).map(([name]) => {
      const item = document.createElement('li');
      setText(item, `flowa.add.${name}`);
      return item;
    }));
  }

  async function load() {
    const profileState = root.querySelector('#profile-state');
    setText(profileState, 'common.loading');
    const result = await call('GET', `/api/profiles/${encodeURIComponent(id)}`);
    if (!result.ok && result.status !== 404) {
      setText(profileState, 'common.failed', { status: result.status }); // the fields stay closed: an empty form saved would not be theirs
      return;
    }
    root.querySelector('#profile-fields').disabled = false;
    if (result.ok) {
      state.profile = result.body;
      state.etag = result.etag;
      fill(result.body);
      setText(profileState, 'expert.stateSaved', { id });
      showCompleteness(result.body);
      await recommendations();
    } else {
      fillCountries();
      languages.add({ code: 'ar', level: 'native' });
      availability.fill([]);
      investment.fill(undefined);
      setText(profileState, 'expert.stateNew', { id });
      showCompleteness({});
    }
  }

  const asked = {}; // per list, the latest request: only its answer is drawn

  /** Needs or opportunities suggested for the expert, best first, each with its reasons (worded by the API in the page's language). */
  async function suggestions(path, listId, statusId, keys) {
    const list = root.querySelector(listId);
    const status = root.querySelector(statusId);
    setText(status, 'common.loading');
    list.setAttribute('aria-busy', 'true'); // until the new list replaces the old one
    const ticket = (asked[listId] = (asked[listId] ?? 0) + 1);
    const result = await call('GET', `/api/profiles/${encodeURIComponent(id)}/${path}?top=10`);
    if (ticket !== asked[listId]) {
      return;
    }
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    if (!result.ok) {
      setText(status, keys.empty);
      return;
    }
    for (const item of result.body.results) {
      // The strength (0–100 within this list) is shown, never the ranker's raw score.
      const entry = resultItem(item.title ?? item.id, [item.id, t('flowa.strength', { strength: item.strength })]);
      entry.append(reasonList(item.reasons));
      if (path === 'recommendations') {
        entry.dataset.needId = item.id;
        entry.append(needActions(item));
      } else {
        entry.dataset.opportunityId = item.id;
        entry.append(opportunityActions(item));
      }
      list.append(entry);
    }
    if (result.body.results.length) {
      setText(status, keys.count, { count: result.body.results.length });
    } else {
      // The API says why the list is empty (no availability, no skills, …); the page words it.
      setText(status, result.body.emptyReason ? `flowa.${result.body.emptyReason}` : keys.none);
    }
  }

  /** "Details" opens the need in place (who, where, when, what); "I'm interested" records the expert's interest. */
  function needActions(item) {
    return detailsAndInterest({
      path: `/api/needs/${encodeURIComponent(item.id)}`,
      panelClass: 'need-detail',
      savedKey: 'flowa.interestSaved',
      render: async (need) => {
        const facts = document.createElement('p');
        const place = [need.city, need.region ? regionName(need.region) : null].filter(Boolean).join(', ');
        setIsolated(facts, 'flowa.needDetails', {
          organisation: await organisationName(need.organisationId),
          place: place || '—',
          from: need.window?.from ?? '—',
          to: need.window?.to ?? '—',
          days: need.durationDays ?? '—',
          positions: need.positions ?? 1,
        });
        const description = document.createElement('p');
        description.textContent = need.description ?? '';
        description.dir = 'auto';
        const skills = document.createElement('p');
        skills.dir = 'auto';
        skills.textContent = [...(need.requiredSkills ?? []), ...(need.optionalSkills ?? [])].join(' · ');
        return [facts, description, skills];
      },
    });
  }

  async function recommendations() {
    await suggestions('recommendations', '#recs', '#recs-state', { empty: 'expert.recommendationsEmpty', none: 'expert.recommendationsNone', count: 'expert.recommendationsCount' });
    await suggestions('opportunities', '#opps', '#opps-state', { empty: 'expert.opportunitiesEmpty', none: 'expert.opportunitiesNone', count: 'expert.opportunitiesCount' });
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    // The browser's own checks first: nothing is sent while a date range or a ticket amount is wrong.
    const local = { ...availability.check(), ...investment.check() };
    if (Object.keys(local).length) {
      showProblem(form, { errors: local }, 0, { summary: 'form.checkFields', paths: false });
      return;
    }
    setText(root.querySelector('#profile-state'), 'common.saving');
    const body = read();
    const result = state.etag
      ? await call('PUT', `/api/profiles/${encodeURIComponent(id)}`, { body, etag: state.etag })
      : await call('POST', '/api/profiles', { body });
    if (!result.ok) {
      setText(root.querySelector('#profile-state'), state.etag ? 'expert.stateSaved' : 'expert.stateNew', { id });
      showProblem(form, result.body, result.status);
      return;
    }
    state.etag = result.etag;
    state.profile = { ...body, id };
    setText(root.querySelector('#profile-state'), 'expert.stateSaved', { id });
    showCompleteness(body);
    document.getElementById('announce').textContent = root.querySelector('#profile-state').textContent;
    await recommendations();
  });

  root.querySelector('#p-add-language').addEventListener('click', () => languages.add({ code: 'fr', level: 'B2' }).querySelector('select').focus());

  root.querySelector('#export').addEventListener('click', async () => {
    const status = root.querySelector('#export-state');
    const result = await call('GET', `/api/profiles/${encodeURIComponent(id)}/export`);
    if (!result.ok) {
      setText(status, 'expert.exportFailed', { status: result.status });
      return;
    }
    const url = URL.createObjectURL(new Blob([JSON.stringify(result.body, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `diasporamatch-${id}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setText(status, 'expert.exportReady', { file: link.download });
  });

  const relabel = () => {
    fillSelect(countrySelect, residenceCountries.map((c) => [c, countryName(c)]));
    languages.relabel();
    investment.relabel();
    sectorBoxes.relabel();
    regionBoxes.relabel();
    availability.redraw();
    if (state.profile) {
      recommendations(); // their reasons are worded by the API in the language asked
    }
  };
  bindCvUpload(root, id, form.skills);
  bindOccupationSuggestions(root);
  document.addEventListener('languagechange', relabel);
  load();
  showAssignments(root.querySelector('#proposals'), root.querySelector('#proposals-state'), { proposed: ['accepted', 'declined'] });
  return () => document.removeEventListener('languagechange', relabel);
}

export function reasonList(reasons) {
  const list = document.createElement('ul');
  list.className = 'reasons';
  for (const reason of reasons ?? []) {
    const item = document.createElement('li');
    item.textContent = reason;
    item.dir = 'auto'; // numbers and names inside keep their own direction in Arabic
    list.append(item);
  }
  return list;
}

