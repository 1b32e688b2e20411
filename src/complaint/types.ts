import type { Issue } from "../core/index.js";
import type { ComplaintPolicyDefinition, DeadlineLengthDefinition } from "./schemas.js";

/**
 * A compiled complaint policy: what `defineComplaintPolicy` returns. Opaque: read `id` and
 * `definition` (the validated input, frozen); everything else is internal.
 */
export interface ComplaintPolicy {
  readonly kind: "pledgekit.complaint_policy";
  readonly id: string;
  readonly definition: ComplaintPolicyDefinition;
}

/** The built-in regulatory deadline sets (lower kebab-case: jurisdiction, regulator, rule). */
export type RegulatoryPreset = "uk-fca-disp" | "uk-fca-psd" | "us-cfpb" | "cn-samr" | "cn-nfra";

/** Which of your policy's steps play the regulators' roles (defaults: the default policy's steps). */
export interface RegulatoryStepMap {
  /** Where the complaint is received (clocks start). Default `received`. */
  readonly received?: string;
  /** Where it is accepted / assessed (SAMR acceptance decision; mediation starts). Default `assessed`. */
  readonly accepted?: string;
  /** Where the (final) response is sent. Default `responded`. */
  readonly responded?: string;
  /** Steps that count as a first substantive response ("in progress" for the CFPB). Default `assessed`, `investigating`, `responded`. */
  readonly inProgress?: readonly string[];
}

/** What `replayComplaint` returns. */
export interface ComplaintReplay {
  readonly state: ComplaintState;
  /** Every effect, in order, receipt included. */
  readonly effects: readonly ComplaintEffect[];
  /** Events the machine refused, with their index in `events`; they left the state untouched. */
  readonly refused: readonly { readonly index: number; readonly type: string; readonly issues: readonly Issue[] }[];
}

/** Every label of a policy in one locale: id → label, per kind. */
export interface ComplaintPolicyLabels {
  readonly policy: string;
  readonly classes: Readonly<Record<string, string>>;
  readonly stages: Readonly<Record<string, string>>;
  readonly steps: Readonly<Record<string, string>>;
  readonly actions: Readonly<Record<string, string>>;
  readonly functional: Readonly<Record<string, string>>;
  readonly hierarchical: Readonly<Record<string, string>>;
  readonly rules: Readonly<Record<string, string>>;
  readonly deadlines: Readonly<Record<string, string>>;
  readonly rootCauses: Readonly<Record<string, string>>;
}

/** A paused interval of a deadline clock; `to` is null while the pause lasts. */
export interface ComplaintPause {
  readonly from: string;
  readonly to: string | null;
  readonly reason: string | null;
}

/** An approved extension of a deadline. */
export interface ComplaintExtension {
  readonly at: string;
  readonly by: DeadlineLengthDefinition;
  readonly approvedBy: string | null;
  readonly reason: string | null;
}

/** The persisted facts of one deadline clock (its figures are computed by `complaintStatus`). */
export interface ComplaintClockState {
  /** The anchor: when the clock started (null until its start step is entered). */
  readonly startedAt: string | null;
  readonly stoppedAt: string | null;
  readonly pauses: readonly ComplaintPause[];
  readonly extensions: readonly ComplaintExtension[];
  /** Times the clock was restarted by a reopen (`onReopen: "restart"`). */
  readonly restarts: number;
}

export interface ComplaintLevels {
  readonly functional: string;
  readonly hierarchical: string;
}

/** One applied event, as kept in the state's history. */
export interface ComplaintHistoryEntry {
  readonly at: string;
  readonly type: string;
  /** The step after the event. */
  readonly step: string;
  /** The step before, when the event moved it. */
  readonly from: string | null;
  readonly detail: string | null;
}

/** An escalation rule that has fired (and stays fired until de-escalation re-arms the rules). */
export interface ComplaintFiredRule {
  readonly ruleId: string;
  readonly at: string;
  /** For time-based triggers, the instant the condition first held. */
  readonly dueAt: string | null;
}

/**
 * A complaint's persisted state: plain JSON, instants as ISO strings (UTC, `Z`), no undefined
 * values, so `JSON.parse(JSON.stringify(state))` gives back an equal state.
 */
export interface ComplaintState {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly policyId: string;
  readonly receivedAt: string;
  /** The latest event's instant; events before it are refused. */
  readonly updatedAt: string;
  readonly class: string;
  /** The customer's current stage on the escalation ladder. */
  readonly stage: string;
  /** The highest stage ever reached (for reports). */
  readonly peakStage: string;
  /** The handling step (ISO 10002 order in the default policy). */
  readonly step: string;
  readonly stepEnteredAt: string;
  readonly level: ComplaintLevels;
  readonly peakLevel: ComplaintLevels;
  readonly priority: string | null;
  readonly channel: string | null;
  readonly customerTier: string | null;
  readonly owners: { readonly primary: string | null; readonly secondary: readonly string[] };
  /** Latest sentiment score, −1 (furious) … 1 (delighted). */
  readonly sentiment: number | null;
  /** Instants of every customer contact, receipt included. */
  readonly contacts: readonly string[];
  readonly missedCommitments: readonly { readonly at: string; readonly ref: string | null }[];
  /** Completed handling actions: action id → instant. */
  readonly checklist: Readonly<Record<string, string>>;
  readonly rootCauses: readonly string[];
  readonly clocks: Readonly<Record<string, ComplaintClockState>>;
  readonly firedRules: readonly ComplaintFiredRule[];
  /**
   * When the escalation rules were last re-armed (on entering a `deEscalateOn` step), or null.
   * A deadline breached or a window lapsed before then does not fire rules again after a reopen.
   */
  readonly rulesArmedAt: string | null;
  readonly reopenCount: number;
  readonly respondedAt: string | null;
  readonly closedAt: string | null;
  /** Outcome flags from the response and closure (null until known). */
  readonly upheld: boolean | null;
  readonly satisfied: boolean | null;
  readonly history: readonly ComplaintHistoryEntry[];
  readonly meta: Readonly<Record<string, unknown>> | null;
}

/** A side effect for the host to perform. pledgekit never performs it. */
export type ComplaintEffect =
  | { readonly type: "notify"; readonly role: string; readonly reason: string; readonly ruleId: string | null }
  | { readonly type: "assign"; readonly owner: string; readonly role: "primary" | "secondary"; readonly ruleId: string | null }
  | { readonly type: "raise_priority"; readonly from: string | null; readonly to: string; readonly ruleId: string | null }
  | {
      readonly type: "escalate";
      readonly ladder: "stage" | "functional" | "hierarchical";
      readonly from: string;
      readonly to: string;
      readonly ruleId: string | null;
    }
  | { readonly type: "de_escalate"; readonly ladder: "stage" | "functional" | "hierarchical"; readonly from: string; readonly to: string }
  | { readonly type: "reclassify"; readonly from: string; readonly to: string; readonly ruleId: string | null }
  | { readonly type: "start_clock"; readonly deadline: string; readonly at: string }
  | { readonly type: "stop_clock"; readonly deadline: string; readonly at: string }
  | { readonly type: "pause_clock"; readonly deadline: string; readonly at: string; readonly reason: string | null }
  | { readonly type: "resume_clock"; readonly deadline: string; readonly at: string }
  | { readonly type: "extend_clock"; readonly deadline: string; readonly at: string; readonly by: DeadlineLengthDefinition }
  | {
      readonly type: "propose_remedy_evaluation";
      readonly reason: "missed_commitment" | "upheld" | "rule";
      readonly ruleId: string | null;
      readonly facts: Readonly<Record<string, string | number | boolean>>;
    };

export type ComplaintEffectType = ComplaintEffect["type"];

/** The outcome of `applyComplaintEvent`: the next state and its effects, or why the event was refused. */
export type ComplaintTransitionResult =
  | { readonly ok: true; readonly state: ComplaintState; readonly effects: readonly ComplaintEffect[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** One deadline as of `complaintStatus`'s `now`. */
export interface ComplaintDeadlineStatus {
  readonly id: string;
  readonly label: string;
  /** `limit` (missing it is a breach) or `window` (it lapses, no breach). */
  readonly kind: "limit" | "window";
  /**
   * `not_applicable` (another class), `not_started` (its start step not reached), `running`,
   * `at_risk` (within `warnBefore` of its due instant), `paused`, `met` (stopped in time),
   * `breached` (a limit still running after its due instant, or stopped after it) or `lapsed` (the
   * same for a window).
   */
  readonly status: "not_applicable" | "not_started" | "running" | "at_risk" | "paused" | "met" | "breached" | "lapsed";
  readonly startedAt: string | null;
  /** The last on-time instant, with pauses and extensions applied. */
  readonly dueAt: string | null;
  /** The local date ("YYYY-MM-DD", calendar's zone) that instant ends; null without a calendar. */
  readonly dueDate: string | null;
  readonly stoppedAt: string | null;
  readonly breachedAt: string | null;
  /** Milliseconds from now to `dueAt` while the clock runs (negative once over), else null. */
  readonly remainingMs: number | null;
  readonly paused: boolean;
  /** Total paused time so far. */
  readonly pausedMs: number;
  readonly extensions: number;
  /** The regulation the deadline comes from, when the policy names it. */
  readonly source: string | null;
}

/** What `complaintStatus` reports. */
export interface ComplaintStatus {
  readonly evaluatedAt: string;
  readonly id: string;
  readonly class: string;
  readonly stage: string;
  readonly peakStage: string;
  readonly step: string;
  readonly stepEnteredAt: string;
  /** False once the complaint is in a terminal step. */
  readonly open: boolean;
  readonly level: ComplaintLevels;
  readonly priority: string | null;
  /** Handling actions of the current step not done yet. */
  readonly pendingActions: readonly string[];
  readonly deadlines: readonly ComplaintDeadlineStatus[];
  /** Rules that hold now but have not fired: apply `{ type: "tick", at: now }` to fire them. */
  readonly escalationsDue: readonly { readonly ruleId: string; readonly since: string | null }[];
  /** The earliest instant after `now` at which this status changes without a new event, or null. */
  readonly nextCheckAt: string | null;
  /** Labels of the class, stage, step and levels in the requested locale. */
  readonly labels: {
    readonly class: string;
    readonly stage: string;
    readonly step: string;
    readonly functional: string;
    readonly hierarchical: string;
  };
}

/** What `complaintReport` returns: plain JSON. */
export interface ComplaintReport {
  readonly evaluatedAt: string;
  readonly total: number;
  readonly open: number;
  readonly closed: number;
  /** Complaints reopened at least once. */
  readonly reopened: number;
  readonly satisfied: number;
  readonly dissatisfied: number;
  readonly byClass: Readonly<Record<string, number>>;
  /** By the highest stage each complaint reached on the customer's ladder. */
  readonly byStageReached: Readonly<Record<string, number>>;
  readonly byStep: Readonly<Record<string, number>>;
  readonly byPeakLevel: { readonly functional: Readonly<Record<string, number>>; readonly hierarchical: Readonly<Record<string, number>> };
  readonly deadlines: readonly {
    readonly id: string;
    readonly kind: "limit" | "window";
    readonly applicable: number;
    readonly met: number;
    readonly breached: number;
    /** Windows that passed unmet (a window is never breached). */
    readonly lapsed: number;
    /** Not decided yet: not started, running, at risk or paused. */
    readonly pending: number;
    /** For a limit, breached ÷ (met + breached); null for a window or when none is decided. */
    readonly breachRate: number | null;
  }[];
  readonly topRootCauses: readonly { readonly id: string; readonly label: string; readonly count: number; readonly share: number }[];
}
