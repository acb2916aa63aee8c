// The dashboard page: sign in with a token (kept in this tab's sessionStorage), then the
// overview, nodes, workloads and events, kept current by the live stream: each `tick` refetches
// what is on screen, `events` are appended as they come. The stream reconnects with backoff.
import type { DashStreamEvents } from '../types.js';
import { getJson, readStream, setToken, token, Unauthorized } from './api.js';
import { NodeCharts } from './charts.js';
import { byId, setClass, setText } from './dom.js';
import { EventsFeed } from './events.js';
import { NodesTable } from './nodes.js';
import { OverviewTiles } from './overview.js';
import { WorkloadsTable } from './workloads.js';

/** Charts change slowly (10 s samples); they are refreshed every few ticks, not on each. */
const CHART_EVERY_TICKS = 5;

let stop: AbortController | null = null;

function showLogin(message = ''): void {
  stop?.abort();
  stop = null;
  byId('app').hidden = true;
  byId('logout').hidden = true;
  byId('login').hidden = false;
  setText(byId('login-error'), message);
  byId<HTMLInputElement>('token').focus();
}

function onError(err: unknown): void {
  if (err instanceof Unauthorized) {
    setToken(null);
    showLogin('The controller refused the token. Sign in again.');
    return;
  }
  console.warn(err);
}

function startApp(): void {
  byId('login').hidden = true;
  byId('app').hidden = false;
  byId('logout').hidden = false;
  const overview = new OverviewTiles();
  const charts = new NodeCharts(onError);
  const nodes = new NodesTable((name) => charts.show(name), onError);
  const workloads = new WorkloadsTable(onError);
  const events = new EventsFeed(onError);
  void nodes.refresh();
  void workloads.refresh();
  void events.load();

  const live = byId('live');
  const ctl = new AbortController();
  stop = ctl;
  let ticks = 0;
  let backoffMs = 1000;
  const connect = (): void => {
    void readStream(
      '/api/v1/dashboard/stream',
      {
        onOpen: () => {
          backoffMs = 1000;
          setText(live, 'live');
          setClass(live, 'live on');
        },
        onEvent: (name, data) => {
          if (name === 'tick') {
            const t = data as DashStreamEvents['tick'];
            overview.render(t.overview);
            void nodes.refresh();
            void workloads.refresh();
            if (++ticks % CHART_EVERY_TICKS === 0) void charts.refresh();
          } else if (name === 'events') {
            events.add((data as DashStreamEvents['events']).items);
          }
        },
        onClose: (err) => {
          if (ctl.signal.aborted) return;
          if (err instanceof Unauthorized) return onError(err);
          setText(live, 'reconnecting');
          setClass(live, 'live');
          setTimeout(connect, backoffMs * (0.5 + Math.random()));
          backoffMs = Math.min(backoffMs * 2, 30_000);
        },
      },
      ctl.signal,
    );
  };
  connect();
}

function boot(): void {
  byId('login-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = byId<HTMLInputElement>('token');
    setToken(input.value.trim());
    getJson('/api/v1/dashboard/overview')
      .then(() => {
        input.value = '';
        startApp();
      })
      .catch((err: unknown) => {
        setToken(null);
        showLogin(err instanceof Unauthorized ? 'That token was refused.' : `Cannot reach the controller: ${String(err)}`);
      });
  });
  byId('logout').addEventListener('click', () => {
    setToken(null);
    location.reload();
  });
  if (token()) startApp();
  else showLogin();
}

boot();
