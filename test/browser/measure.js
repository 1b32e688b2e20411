// Runs in the browser (loaded by test/browser/report.test.ts with page.addScriptTag): measures the
// DOM geometry of a rendered page. Plain JavaScript, because the repo's TypeScript has no DOM types.
/* global document, window, NodeFilter */
/**
 * Runs in the page. Cards are the elements matching `cardSelector`. Text boxes: every SVG <text>
 * element, and every line box of every HTML text node. Each SVG <text> must also stay inside its
 * <svg>. Pairs are compared within a card only, and never within one element (its own lines).
 */
function measureGeometry(cardSelector) {
  const SLACK = 1.5;
  const name = (text) => JSON.stringify(text.replace(/\s+/g, " ").trim().slice(0, 60));
  const where = (el) => {
    const svg = el.closest("svg");
    const title = svg?.querySelector(":scope > title")?.textContent ?? svg?.querySelector("text")?.textContent;
    const card = el.closest("section")?.id;
    return [card === undefined ? "" : `#${card}`, svg === null || svg === undefined ? "" : `svg ${name(title ?? "")}`].filter(Boolean).join(" ");
  };
  const overlaps = [];
  const overflows = [];
  let texts = 0;
  const inside = (r, c) => r.left >= c.left - SLACK && r.right <= c.right + SLACK && r.top >= c.top - SLACK && r.bottom <= c.bottom + SLACK;
  for (const card of Array.from(document.querySelectorAll(cardSelector))) {
    const cardRect = card.getBoundingClientRect();
    const boxes = [];
    for (const text of Array.from(card.querySelectorAll("text"))) {
      const content = text.textContent ?? "";
      if (content.trim() === "") continue;
      const r = text.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      boxes.push({ label: name(content), owner: text, r });
      const svg = text.closest("svg");
      if (svg !== null && !inside(r, svg.getBoundingClientRect())) overflows.push(`${name(content)} leaves its chart (${where(text)})`);
    }
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent.closest("svg, style, script, title, desc") !== null) continue;
      if ((node.textContent ?? "").trim() === "") continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) {
        if (r.width < 0.5 || r.height < 0.5) continue;
        boxes.push({ label: name(node.textContent ?? ""), owner: parent, r });
      }
    }
    texts += boxes.length;
    for (const box of boxes)
      if (!inside(box.r, cardRect))
        overflows.push(
          `${box.label} overflows its card (${where(box.owner)}) by ${Math.round(Math.max(box.r.right - cardRect.right, cardRect.left - box.r.left, 0))} px`,
        );
    for (const el of Array.from(card.querySelectorAll("table, figure, svg, img"))) {
      if (el.closest("svg") !== el && el.closest("svg") !== null) continue;
      const r = el.getBoundingClientRect();
      if (!inside(r, cardRect)) overflows.push(`<${el.tagName.toLowerCase()}> overflows its card (${where(el)}) by ${Math.round(r.right - cardRect.right)} px`);
    }
    // A text crossed by a straight vertical or horizontal line of its chart (a "now" line, a grid
    // line, a due marker) is a collision too.
    for (const line of Array.from(card.querySelectorAll("svg line"))) {
      const [x1, y1, x2, y2] = ["x1", "y1", "x2", "y2"].map((a) => Number(line.getAttribute(a) ?? 0));
      if (x1 !== x2 && y1 !== y2) continue;
      const l = line.getBoundingClientRect();
      for (const box of boxes) {
        if (box.owner.closest("svg") !== line.closest("svg")) continue;
        const crossesX =
          x1 === x2 &&
          l.left + l.width / 2 > box.r.left + SLACK &&
          l.left + l.width / 2 < box.r.right - SLACK &&
          l.bottom > box.r.top + SLACK &&
          l.top < box.r.bottom - SLACK;
        const crossesY =
          y1 === y2 &&
          l.top + l.height / 2 > box.r.top + SLACK &&
          l.top + l.height / 2 < box.r.bottom - SLACK &&
          l.right > box.r.left + SLACK &&
          l.left < box.r.right - SLACK;
        if (crossesX || crossesY)
          overlaps.push(
            `${box.label} is crossed by a line at ${x1 === x2 ? `x=${x1}` : `y=${y1}`}${line.getAttribute("stroke-dasharray") === null ? "" : " (dashed)"} (${where(box.owner)})`,
          );
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      if (a === undefined) continue;
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j];
        if (b === undefined || a.owner === b.owner || a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > SLACK && h > SLACK) overlaps.push(`${a.label} overlaps ${b.label} (${where(a.owner)})`);
      }
    }
  }
  const scroll = document.scrollingElement ?? document.documentElement;
  const pageOverflow = scroll.scrollWidth > window.innerWidth + 1 ? `page is ${scroll.scrollWidth} px wide in a ${window.innerWidth} px window` : null;
  return { overlaps: [...new Set(overlaps)], overflows: [...new Set(overflows)], pageOverflow, texts };
}

window.measureGeometry = measureGeometry;
