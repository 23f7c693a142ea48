// Expert: reads a CV (PDF or DOCX) on the server, in memory only, and offers the skills found; the expert ticks the
// ones to keep and adds them to the skills field. Nothing is saved until they save the profile.
import { upload } from './api.js';
import { currentLanguage, setText } from './i18n.js';

const types = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
const maxBytes = 5 * 1024 * 1024;

export function bindCvUpload(root, profileId, skillsField) {
  const input = root.querySelector('#p-cv');
  const state = root.querySelector('#cv-state');
  const box = root.querySelector('#cv-suggestions');
  const list = root.querySelector('#cv-list');

  root.querySelector('#cv-read').addEventListener('click', async () => {
    box.hidden = true;
    const file = input.files?.[0];
    if (!file) {
      setText(state, 'cv.pickFirst');
      input.focus();
      return;
    }
    if (file.size > maxBytes) {
      setText(state, 'cv.tooLarge');
      return;
    }
    // Browsers leave file.type empty for some .docx files: the extension decides then, and the server checks the bytes.
    const extension = file.name.split('.').pop().toLowerCase();
    const contentType = file.type || types[extension] || 'application/octet-stream';
    setText(state, 'cv.reading');
    const result = await upload(`/api/profiles/${encodeURIComponent(profileId)}/cv?lang=${currentLanguage()}`, file, contentType);
    if (!result.ok) {
      setText(state, 'cv.refused', { status: result.status, detail: result.body?.detail ?? '' });
      return;
    }
    list.replaceChildren();
    for (const [index, skill] of result.body.skills.entries()) {
      const item = document.createElement('li');
      const label = document.createElement('label');
      label.className = 'choice';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = skill.label;
      box.id = `cv-skill-${index}`;
      const text = document.createElement('span');
      text.textContent = skill.label;
      const source = document.createElement('span');
      source.className = 'muted';
      setText(source, 'cv.foundAs', { phrase: skill.matched });
      label.append(box, text, source);
      item.append(label);
      list.append(item);
    }
    box.hidden = result.body.skills.length === 0;
    setText(state, result.body.skills.length ? 'cv.found' : 'cv.none', { count: result.body.skills.length });
  });

  root.querySelector('#cv-add').addEventListener('click', () => {
    const chosen = [...list.querySelectorAll('input:checked')].map((box) => box.value);
    const current = skillsField.value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
    const added = chosen.filter((skill) => !current.some((s) => s.toLowerCase() === skill.toLowerCase()));
    skillsField.value = [...current, ...added].join('\n');
    setText(state, 'cv.added', { count: added.length });
    skillsField.focus();
  });
}
