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

export async function signIn(role, subject, org) {
  const result = await call('POST', '/dev/token', { body: { role, subject, org } });
  if (result.ok) {
    session.set(result.body);
  }
  return result;
}
