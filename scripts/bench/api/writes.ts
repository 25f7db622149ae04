/** Signing in and saving figures for the benchmarks, through the API as a planner would. */
export interface Session {
  headers: Record<string, string>;
}

export async function signIn(baseUrl: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { Origin: baseUrl, 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('tb_session='));
  return { headers: { Cookie: cookie ?? '', 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' } };
}

export async function figureVersion(
  baseUrl: string,
  indicatorId: string,
  period: string,
): Promise<number | null> {
  const response = await fetch(`${baseUrl}/api/indicators/${indicatorId}`);
  const body = (await response.json()) as {
    values: { period: string; version: number; value: number | null }[];
  };
  return body.values.find((value) => value.period === period)?.version ?? null;
}

export async function storedFigure(baseUrl: string, indicatorId: string, period: string) {
  const response = await fetch(`${baseUrl}/api/indicators/${indicatorId}`);
  const body = (await response.json()) as {
    values: { period: string; version: number; value: number | null }[];
  };
  return body.values.find((value) => value.period === period) ?? null;
}

/** PUT one figure at the version expected; the status code. */
export async function saveFigure(
  baseUrl: string,
  session: Session,
  indicatorId: string,
  period: string,
  value: number,
  expectedVersion: number | null,
): Promise<number> {
  const response = await fetch(`${baseUrl}/api/indicators/${indicatorId}/values/${period}`, {
    method: 'PUT',
    headers: { ...session.headers, Origin: baseUrl },
    body: JSON.stringify({ value, note: '', expectedVersion }),
  });
  await response.arrayBuffer();
  return response.status;
}
