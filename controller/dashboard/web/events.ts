// The events feed: newest first, the last 50 loaded at start, then whatever the stream brings;
// capped so a chatty fleet cannot grow the page without bound.
import type { DashEvent } from '../types.js';
import { getJson } from './api.js';
import { byId, el } from './dom.js';

const MAX_SHOWN = 200;

interface StoredEvent extends DashEvent {
  reason: string;
}

export class EventsFeed {
  private readonly list: HTMLOListElement;

  constructor(private readonly onError: (err: unknown) => void) {
    this.list = byId<HTMLOListElement>('events');
  }

  async load(): Promise<void> {
    try {
      const { items } = await getJson<{ items: StoredEvent[] }>('/api/v1/events?limit=50');
      this.list.replaceChildren();
      this.add(items);
    } catch (err) {
      this.onError(err);
    }
  }

  /** Oldest first in, newest shown on top. */
  add(items: readonly DashEvent[]): void {
    for (const e of items) {
      const time = el('time', { datetime: new Date(e.tsMs).toISOString() }, new Date(e.tsMs).toLocaleTimeString());
      const what = `${e.node}${e.workload ? `/${e.workload}` : ''} ${e.type}${e.message ? `: ${e.message}` : ''}`;
      this.list.prepend(el('li', { class: `sev-${e.severity}` }, time, what));
    }
    while (this.list.childElementCount > MAX_SHOWN) this.list.lastElementChild?.remove();
  }
}
