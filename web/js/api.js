// Same-origin calls to the local host's API with the signed-in caller's bearer token.
const key = 'dmatch.session';

export const session = {
  get: () => JSON.parse(sessionStorage.getItem(key) ?? 'null'),
  set: (value) => sessionStorage.setItem(key, JSON.stringify(value)),
  clear: () => sessionStorage.removeItem(key),
};

/** Answers { ok, status, body, etag }; body is parsed JSON (ProblemDetails on errors) or null. */
export async function call(method, path, { body, etag } = {}) {
  const headers = { Accept: 'application/json' };
  const current = session.get();
  if (current?.token) {
    headers.Authorization = `Bearer ${current.token}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (etag) {
    headers['If-Match'] = etag;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    return { ok: false, status: 0, body: null, etag: null };
  }
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { ok: response.ok, status: response.status, body: parsed, etag: response.headers.get('ETag') };
}

/** Sends a file as the raw request body (a CV): answers like call(). */
export async function upload(path, file, contentType) {
  const headers = { Accept: 'application/json', 'Content-Type': contentType };
  const current = session.get();
  if (current?.token) {
    headers.Authorization = `Bearer ${current.token}`;
  }
  try {
    const response = await fetch(path, { method: 'POST', headers, body: file });
    const text = await response.text();
    let parsed = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { ok: response.ok, status: response.status, body: parsed, etag: null };
  } catch {
    return { ok: false, status: 0, body: null, etag: null };
  }
}

/** An image or other binary the API serves behind the bearer token, as an object URL (null on failure). */
export async function objectUrl(path) {
  const current = session.get();
  try {
    const response = await fetch(path, { headers: current?.token ? { Authorization: `Bearer ${current.token}` } : {} });
    return response.ok ? URL.createObjectURL(await response.blob()) : null;
  } catch {
    return null;
  }
}

export async function signIn(role, subject, org) {
  const result = await call('POST', '/dev/token', { body: { role, subject, org } });
  if (result.ok) {
    session.set(result.body);
  }
  return result;
}
