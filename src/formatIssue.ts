import type { Issue } from "./core/issues.js";
import type { Locale, MessageCatalogue, MessageTemplate } from "./core/messages.js";
import { coreMessages } from "./core/messages.js";
import { calendarMessages } from "./calendar/messages.js";
import { servqualMessages } from "./servqual/messages.js";
import { holidayMessages } from "./holidays/messages.js";
import { commitmentMessages } from "./commitment/messages.js";
import { slaMessages } from "./sla/messages.js";
import { complaintMessages } from "./complaint/messages.js";
import { remedyMessages } from "./remedy/messages.js";

// Every module's catalogue (one per line), so an issue from anywhere in pledgekit renders in
// either locale. Modules add their catalogue here as they land.
const catalogues: readonly MessageCatalogue[] = [
  coreMessages,
  calendarMessages,
  servqualMessages,
  holidayMessages,
  commitmentMessages,
  slaMessages,
  complaintMessages,
  remedyMessages,
];

type Entry = Readonly<Record<Locale, MessageTemplate>>;

// Code → every module's template for it. Modules may reuse a code with their own wording
// (`duplicate_id`, `calendar_required`, …); the issue's English message tells which one raised it.
const templates = new Map<string, Entry[]>();
for (const catalogue of catalogues) {
  for (const [code, entry] of Object.entries(catalogue)) templates.set(code, [...(templates.get(code) ?? []), entry]);
}

function render(template: MessageTemplate, params: Issue["params"]): string | undefined {
  try {
    return template(params);
  } catch {
    return undefined;
  }
}

/**
 * Renders any pledgekit issue in `en` or `zh-CN`. Issues keep their `params`, so a message can be
 * rendered again in another locale long after the issue was raised (e.g. after a JSON round trip).
 * Unknown codes fall back to the issue's own message.
 *
 * @example
 * formatIssue(error.issues[0], "zh-CN") // '"25:00" 不是有效的时刻：…'
 */
export function formatIssue(issue: Issue, locale: Locale = "en"): string {
  const params = issue.params ?? {};
  const candidates = templates.get(issue.code) ?? [];
  const entry =
    candidates.length > 1 ? (candidates.find((candidate) => render(candidate.en, params) === issue.message) ?? candidates[0]) : candidates[0];
  if (entry === undefined) return issue.message;
  return render(entry[locale] ?? entry.en, params) ?? issue.message;
}

/** Every message catalogue, for tests that check each code renders in every locale. @internal */
export const allMessageCatalogues = catalogues;
