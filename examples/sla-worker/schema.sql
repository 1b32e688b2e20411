-- The reference SLA worker's tables (examples/sla-worker). Plain PostgreSQL 12+; the same statements
-- run on a server (through `pg`) and on PGlite. Instants are timestamptz; events and policies jsonb.

-- Published SLA policies. Workers evaluate with the highest version; publishing a new version and
-- running reevaluateOpenTickets moves every open ticket onto it.
create table if not exists sla_policies (
  version integer primary key,
  definition jsonb not null,
  published_at timestamptz not null
);

create table if not exists tickets (
  id text primary key,
  -- Arrival order of this ticket's events; ingest takes the ticket row lock to append.
  event_count integer not null default 0
);

-- The event log: the only truth. Reports are derived from it and can be rebuilt at any time.
create table if not exists ticket_events (
  ticket_id text not null references tickets (id),
  seq integer not null,
  at timestamptz not null,
  event jsonb not null,
  primary key (ticket_id, seq)
);

-- The latest report per ticket and when it must be evaluated again (null: nothing pending).
create table if not exists sla_reports (
  ticket_id text primary key references tickets (id),
  policy_version integer not null,
  evaluated_at timestamptz not null,
  next_check_at timestamptz,
  -- False once the ticket is resolved (and not reopened): policy changes skip it.
  open boolean not null,
  -- json, not jsonb: rewritten at every evaluation and read whole, never searched inside.
  report json not null
);
-- The worker's queue: a partial index holds only tickets with a pending check.
create index if not exists sla_reports_next_check_at on sla_reports (next_check_at) where next_check_at is not null;
-- Open tickets by policy version, for the re-evaluation after a policy change.
create index if not exists sla_reports_open_policy on sla_reports (policy_version, ticket_id) where open;

-- Effects to deliver (notifications, escalations). One row per firing: the unique key makes a second
-- insert of the same firing (two workers racing, a retried batch) a no-op.
create table if not exists sla_outbox (
  id bigint generated always as identity primary key,
  ticket_id text not null references tickets (id),
  metric_id text not null,
  cycle integer not null,
  effect text not null check (effect in ('warning', 'breached', 'escalation')),
  -- 'fraction:0.5', 'before:1800000' (ms), 'level:2', or '' for a breach.
  detail text not null,
  fired_at timestamptz not null,
  recorded_at timestamptz not null,
  policy_version integer not null,
  delivered_at timestamptz,
  constraint sla_outbox_once unique (ticket_id, metric_id, cycle, effect, detail, fired_at)
);
-- The delivery queue: only undelivered rows, so it stays small however long the outbox grows.
create index if not exists sla_outbox_undelivered on sla_outbox (id) where delivered_at is null;
