// Minimal, dependency-free HTML building for the demo report. Output is well-formed XML
// (XHTML syntax), so tests can parse it and any browser can show it.

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * A table with escaped cells; a cell given as `{ html }` is inserted as is (already built markup).
 * Each cell carries its column name (`data-label`): on a narrow screen every row becomes a small
 * card of "column: value" lines, so wide tables stay inside their section.
 */
export function table(headers: readonly string[], rows: readonly (readonly (string | number | { readonly html: string })[])[]): string {
  const cell = (value: string | number | { readonly html: string }): string => (typeof value === "object" ? value.html : esc(value));
  return `<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((value, i) => `<td data-label="${esc(headers[i] ?? "")}">${cell(value)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly body: string;
}

const STYLE = `
body { font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 0; color: #1f2933; background: #f5f7fa; }
header { background: #243b53; color: #fff; padding: 24px 40px; }
header h1 { margin: 0 0 4px; font-size: 24px; }
header p { margin: 0; opacity: 0.85; }
nav { padding: 8px 40px; background: #d9e2ec; }
nav a { margin-right: 16px; color: #243b53; }
main { padding: 8px 40px 40px; max-width: 1100px; }
section { background: #fff; border-radius: 8px; padding: 16px 24px; margin: 16px 0; box-shadow: 0 1px 3px rgba(0,0,0,0.08); }
h2 { margin-top: 0; font-size: 19px; color: #243b53; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
th { background: #f0f4f8; }
.ok { color: #2f8132; font-weight: 600; }
.bad { color: #c62828; font-weight: 600; }
.warn { color: #b26a00; font-weight: 600; }
.muted { color: #627d98; }
figure { margin: 8px 0 16px; }
figcaption { color: #627d98; font-size: 12px; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
.legend { color: #627d98; font-size: 12px; margin-top: -8px; }
td { overflow-wrap: anywhere; }
figure { max-width: 100%; }
figure svg { display: block; max-width: 100%; height: auto; }
@media (max-width: 640px) {
  header, nav { padding-left: 12px; padding-right: 12px; }
  nav a { display: inline-block; }
  main { padding: 4px 8px 24px; }
  section { padding: 12px; }
  table, tbody, tr, td { display: block; width: 100%; box-sizing: border-box; }
  thead { display: none; }
  tr { border-bottom: 2px solid #d9e2ec; padding: 4px 0; }
  td { border-bottom: none; padding: 2px 4px; }
  td::before { content: attr(data-label) ": "; color: #627d98; font-weight: 600; }
}
`;

/** The whole page. */
export function page(title: string, subtitle: string, sections: readonly ReportSection[]): string {
  return `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><p>${esc(subtitle)}</p></header>
<nav>${sections.map((s) => `<a href="#${esc(s.id)}">${esc(s.title)}</a>`).join("")}</nav>
<main>
${sections.map((s) => `<section id="${esc(s.id)}"><h2>${esc(s.title)}</h2><p>${esc(s.intro)}</p>${s.body}</section>`).join("\n")}
</main>
</body>
</html>
`;
}
