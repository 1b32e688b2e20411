import type { Locale } from "../../core/index.js";
import type { ComplaintLabelInput } from "../schemas.js";

/** A label in `locale`, falling back to English, then to the id itself. */
export function labelOf(label: ComplaintLabelInput | undefined, id: string, locale: Locale): string {
  if (label === undefined) return id;
  if (typeof label === "string") return label;
  return locale === "zh-CN" ? (label["zh-CN"] ?? label.en) : label.en;
}
