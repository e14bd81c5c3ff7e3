// The programme's session page (session.html) and what its address says: which round of
// the day it plays, and whether it is in a window of its own (so it offers "Close" rather
// than a way back to the Progress page). One owner for that address: the pages that open
// it build it here, and the page reads it here.

export const SESSION_PAGE = '/session.html';

/** What the session page is asked to play, and where. */
export interface SessionQuery {
  /** 1: the day's session; 2: the second round of what the source does twice a day. */
  round: 1 | 2;
  /** Opened in a window of its own (the break window's kind), which it can close. */
  inWindow: boolean;
}

/** The session page's address for `query`, e.g. /session.html?round=2&window. */
export function sessionPath({ round, inWindow }: SessionQuery): `${typeof SESSION_PAGE}${string}` {
  const params = [round === 2 ? 'round=2' : '', inWindow ? 'window' : ''].filter(Boolean);
  return `${SESSION_PAGE}${params.length ? `?${params.join('&')}` : ''}`;
}

/** What the session page's address (`location.search`) asks for; anything unknown reads as the day's session in a tab. */
export function parseSessionQuery(search: string): SessionQuery {
  const params = new URLSearchParams(search);
  return { round: params.get('round') === '2' ? 2 : 1, inWindow: params.has('window') };
}
