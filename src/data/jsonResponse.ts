/** A data file the browser loads (quiz questions, a game's deck), as an HTTP response of a static endpoint. */
export function jsonResponse(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
