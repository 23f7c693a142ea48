// Every role: the in-app notifications (unread count in the header, mark read), the email preferences
// (categories, daily digest) and, for experts and organisations, the private calendar feed URL.
import { call, session } from './api.js';
import { currentLanguage, setText, t } from './i18n.js';
import { clearErrors, showProblem } from './forms.js';

/** The header link to the list, with the caller's unread count. */
export async function refreshUnread() {
  const link = document.getElementById('notifications-link');
  const current = session.get();
  if (!current) {
    return;
  }
  link.href = `#/${current.role}/notifications`;
  const result = await call('GET', '/api/notifications');
  setText(link, 'notify.link', { count: result.ok ? result.body.unread : '?' });
}

export function notificationsView(root, current) {
  const list = root.querySelector('#notify-list');
  const status = root.querySelector('#notify-state');
  const form = root.querySelector('#prefs-form');
  const categories = root.querySelector('#prefs-categories');
  const prefsState = root.querySelector('#prefs-state');

  async function loadList() {
    const result = await call('GET', '/api/notifications');
    if (!result.ok) {
      setText(status, 'common.failed', { status: result.status });
      return;
    }
    const when = new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    list.replaceChildren(...result.body.notifications.map((n) => {
      const item = document.createElement('li');
      item.dataset.notificationId = n.id;
      item.className = n.readAt ? 'read' : 'unread';
      const what = document.createElement('strong');
      what.textContent = t(`notify.event.${n.event}`);
      const detail = document.createElement('span');
      detail.className = 'muted';
      detail.textContent = ` ${n.assignmentId || n.subjectId || ''} · ${when.format(new Date(n.createdAt))} UTC`;
      item.append(what, detail);
      if (!n.readAt) {
        const button = document.createElement('button');
        button.type = 'button';
        setText(button, 'notify.markRead');
        button.addEventListener('click', async () => {
          const marked = await call('POST', `/api/notifications/${encodeURIComponent(n.id)}/read`);
          if (marked.ok) {
            await loadList();
            await refreshUnread();
          }
        });
        item.append(' ', button);
      }
      return item;
    }));
    setText(status, 'notify.count', { count: result.body.notifications.length, unread: result.body.unread });
  }

  async function loadPreferences() {
    const result = await call('GET', '/api/notifications/preferences');
    if (!result.ok) {
      setText(prefsState, 'common.failed', { status: result.status });
      return;
    }
    categories.replaceChildren(...result.body.categories.map((category) => {
      const label = document.createElement('label');
      label.className = 'choice';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'category';
      box.value = category;
      box.checked = !result.body.emailOff.includes(category);
      const text = document.createElement('span');
      setText(text, `notify.cat.${category}`);
      label.append(box, ' ', text);
      return label;
    }));
    form.querySelector('#prefs-digest').checked = result.body.digest;
    form.querySelector('#prefs-fields').disabled = false;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const emailOff = [...form.querySelectorAll('input[name=category]')].filter((box) => !box.checked).map((box) => box.value);
    const result = await call('PUT', '/api/notifications/preferences', { body: { emailOff, digest: form.querySelector('#prefs-digest').checked } });
    if (!result.ok) {
      showProblem(form, result.body, result.status);
      return;
    }
    setText(prefsState, 'notify.saved');
  });

  const feedCard = root.querySelector('#feed-card');
  const feedUrl = root.querySelector('#feed-url');
  const feedState = root.querySelector('#feed-state');
  // Staff have no calendar of their own: the feed is an expert's or an organisation's.
  feedCard.hidden = current.role === 'staff';
  root.querySelector('#feed-issue').addEventListener('click', async () => {
    const result = await call('POST', '/api/calendar/feed');
    if (!result.ok) {
      setText(feedState, 'common.failed', { status: result.status });
      return;
    }
    feedUrl.textContent = new URL(result.body.url, location.origin).href;
    setText(feedState, 'notify.feedIssued');
  });
  root.querySelector('#feed-revoke').addEventListener('click', async () => {
    const result = await call('DELETE', '/api/calendar/feed');
    feedUrl.textContent = '';
    setText(feedState, result.ok ? 'notify.feedRevoked' : result.status === 404 ? 'notify.feedNone' : 'common.failed', { status: result.status });
  });

  loadList();
  loadPreferences();
}
