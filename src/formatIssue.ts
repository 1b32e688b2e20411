import type { Issue } from "./core/issues.js";
import { calendarMessages } from "./calendar/messages.js";
import { coreMessages, renderMessage, type Locale, type MessageCatalogue } from "./core/messages.js";
import { servqualMessages } from "./servqual/messages.js";
import { holidayMessages } from "./holidays/messages.js";
import { slaMessages } from "./sla/messages.js";
import { complaintMessages } from "./complaint/messages.js";

// Every module's catalogue, so an issue from anywhere in pledgekit renders in either locale.
// Modules add their catalogue here as they land.
const catalogue: MessageCatalogue = {
  ...coreMessages,
  ...servqualMessages,
  ...calendarMessages,
  ...holidayMessages,
  ...slaMessages,
  ...complaintMessages,
};

/**
 * Renders any pledgekit issue in `en` or `zh-CN`. Issues keep their `params`, so a message can be
 * rendered again in another locale long after the issue was raised (e.g. after a JSON round trip).
 * Unknown codes fall back to the issue's own message.
 *
 * @example
 * formatIssue(error.issues[0], "zh-CN") // '"25:00" 不是有效的时刻：…'
 */
export function formatIssue(issue: Issue, locale: Locale = "en"): string {
  return renderMessage(catalogue, issue.code, issue.params ?? {}, locale, issue.message);
}
