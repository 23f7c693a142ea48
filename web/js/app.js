// The single page: sign-in, then the signed-in role's view. Routes are #/signin, #/expert, #/institution, #/staff and
// staff's other pages #/staff/audit, #/staff/model, #/staff/dashboard, #/staff/allocation; every role's #/<role>/notifications.
import { languages, preferredLanguage, setLanguage, setText, translate, currentLanguage } from './i18n.js';
import { session, signIn } from './api.js';
import { clearErrors, showProblem } from './forms.js';
import { expertView } from './expert.js';
import { staffView } from './staff.js';
import { auditView } from './audit.js';
import { modelView } from './model.js';
import { dashboardView } from './dashboard.js';
import { allocationView } from './allocation.js';
import { institutionView } from './institution.js';
import { notificationsView, refreshUnread } from './notifications.js';
import { staffExpertsView } from './staff-experts.js';
import { staffInvestmentsView } from './staff-investments.js';

const views = { expert: expertView, staff: staffView, institution: institutionView };
// Extra pages per role: [page, view, navigation label]; the role's own view is the first tab.
const pages = {
  staff: [['', staffView, 'nav.needs'], ['experts', staffExpertsView, 'staffExperts.nav'], ['audit', auditView, 'nav.audit'], ['model', modelView, 'nav.model'], ['dashboard', dashboardView, 'nav.dashboard'], ['allocation', allocationView, 'nav.allocation'], ['investments', staffInvestmentsView, 'staffInv.nav']],
};
const main = document.getElementById('main');
let teardown = null;

function mount(name) {
  teardown?.();
  teardown = null;
  const content = document.getElementById(`view-${name}`).content.cloneNode(true);
  translate(content);
  main.replaceChildren(content);
  document.body.dataset.view = name;
}

function route() {
  const current = session.get();
  const wanted = location.hash.replace(/^#\/?/, '');
  renderSession(current);
  if (!current) {
    renderNav(null, '');
    mount('signin');
    bindSignIn();
    return;
  }
  const [role, page = ''] = wanted.split('/');
  refreshUnread();
  // Every role has its notifications page (linked from the header, not a tab).
  if (role === current.role && page === 'notifications') {
    renderNav(current.role, page);
    mount('notifications');
    teardown = notificationsView(main, current) ?? null;
    return;
  }
  const extra = (pages[current.role] ?? []).find(([name]) => name === page && name !== '');
  if (role !== current.role || (page && !extra)) {
    location.replace(`#/${current.role}`);
    return;
  }
  renderNav(current.role, page);
  mount(extra ? `${role}-${page}` : role);
  teardown = (extra ? extra[1] : views[current.role])(main, current) ?? null;
}

/** Tabs for roles with several pages; the current one carries aria-current="page". */
function renderNav(role, page) {
  const nav = document.getElementById('role-nav');
  const tabs = pages[role];
  nav.hidden = !tabs;
  nav.replaceChildren(...(tabs ?? []).map(([name, , label]) => {
    const link = document.createElement('a');
    link.href = name ? `#/${role}/${name}` : `#/${role}`;
    setText(link, label);
    if (name === page) {
      link.setAttribute('aria-current', 'page');
    }
    return link;
  }));
}

function renderSession(current) {
  const box = document.getElementById('session');
  box.hidden = !current;
  if (current) {
    setText(document.getElementById('session-who'), 'nav.signedInAs', { subject: current.subject, role: `role.${current.role}` });
  }
}

function bindSignIn() {
  const form = document.getElementById('signin-form');
  const orgField = document.getElementById('signin-org-field');
  form.addEventListener('change', () => {
    orgField.hidden = form.role.value !== 'institution';
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const result = await signIn(form.role.value, form.subject.value.trim(), form.org.value.trim() || null);
    if (!result.ok) {
      showProblem(form, result.body, result.status);
      return;
    }
    // A new hash routes through 'hashchange'; routing here as well would mount the view twice.
    if (location.hash === `#/${result.body.role}`) {
      route();
    } else {
      location.hash = `#/${result.body.role}`;
    }
    main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  });
}

async function start() {
  const select = document.getElementById('lang');
  const fillLanguages = () => {
    select.replaceChildren(...languages.map((code) => {
      // Each language is named in itself, so a reader finds their own.
      const option = new Option(new Intl.DisplayNames([code], { type: 'language' }).of(code), code);
      option.lang = code;
      return option;
    }));
    select.value = currentLanguage();
  };
  await setLanguage(preferredLanguage());
  fillLanguages();
  select.addEventListener('change', async () => {
    await setLanguage(select.value);
    renderSession(session.get());
  });
  document.getElementById('sign-out').addEventListener('click', () => {
    session.clear();
    renderNav(null, '');
    location.hash = '#/signin';
  });
  // The role name inside "signed in as" is itself a string key.
  document.addEventListener('languagechange', () => renderSession(session.get()));
  window.addEventListener('hashchange', route);
  route();
}

start();
