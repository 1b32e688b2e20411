import { coreMessages, createIssue, LOCALES, PledgeError, type Issue, type Locale, type MessageCatalogue, type MessageTemplate } from "./core/index.js";
import { calendarMessages } from "./calendar/index.js";
import { servqualMessages } from "./servqual/index.js";
import { holidayMessages } from "./holidays/index.js";
import { commitmentMessages } from "./commitment/index.js";
import { slaMessages } from "./sla/index.js";
import { complaintMessages } from "./complaint/index.js";
import { remedyMessages } from "./remedy/index.js";

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
  if (typeof issue !== "object" || issue === null || typeof issue.code !== "string" || typeof issue.message !== "string") {
    throw new PledgeError("invalid_argument", [
      createIssue(coreMessages, "invalid_type", ["issue"], { expected: "an issue { code, path, message, params }", received: issue }),
    ]);
  }
  if (!LOCALES.includes(locale)) {
    throw new PledgeError("invalid_argument", [createIssue(coreMessages, "invalid_value", ["locale"], { received: locale, values: LOCALES })]);
  }
  const params = typeof issue.params === "object" && issue.params !== null ? issue.params : {};
  const candidates = templates.get(issue.code) ?? [];
  const entry = candidates.length > 1 ? (candidates.find((candidate) => render(candidate.en, params) === issue.message) ?? candidates[0]) : candidates[0];
  if (entry === undefined) return issue.message;
  return render(entry[locale] ?? entry.en, params) ?? issue.message;
}

/** Every message catalogue, for tests that check each code renders in every locale. @internal */
export const allMessageCatalogues = catalogues;
