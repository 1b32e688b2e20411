// The documentation site (VitePress): `npm run docs:build` builds docs/ into docs/.vitepress/dist,
// offline. Sidebars are read from the folders, so a new concept page or guide appears without an
// edit here; the API reference pages under api/reference/ are generated per subpath by typedoc
// (`npm run docs:api`, run by docs:build).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type DefaultTheme } from "vitepress";

const docs = dirname(dirname(fileURLToPath(import.meta.url)));

/** The page's first heading, without Markdown code marks, as its sidebar title. */
function title(file: string): string {
  const heading = /^#\s+(.+)$/m.exec(readFileSync(file, "utf8"))?.[1] ?? file;
  return heading.replace(/`/g, "");
}

/** Reading order: the modules in dependency order; any other page follows, by file name. */
const ORDER = [
  "business-calendars",
  "calendar",
  "sla-timers",
  "sla",
  "commitments-and-smart",
  "commitment",
  "complaints",
  "complaint",
  "remedies",
  "remedy",
  "servqual",
];
const rank = (name: string): number => {
  const i = ORDER.indexOf(name.replace(/\.md$/, ""));
  return i === -1 ? ORDER.length : i;
};

/** One sidebar entry per Markdown page of a folder (relative to docs/), in reading order. */
function pages(folder: string): DefaultTheme.SidebarItem[] {
  const dir = join(docs, folder);
  if (!existsSync(dir)) throw new Error(`docs/${folder} is missing: the sidebar lists it`);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md") && name !== "index.md")
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => ({ text: title(join(dir, name)), link: `/${folder}/${name.replace(/\.md$/, "")}` }));
}

/** The generated reference, one page per subpath (absent until `npm run docs:api` has run). */
function reference(): DefaultTheme.SidebarItem[] {
  const dir = join(docs, "api", "reference", "pledgekit");
  if (!existsSync(dir)) throw new Error("docs/api/reference is missing: run `npm run docs:api` (docs:build does) first");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => ({ text: `pledgekit/${name.replace(/\.md$/, "")}`, link: `/api/reference/pledgekit/${name.replace(/\.md$/, "")}` }));
}

const enSidebar: DefaultTheme.Sidebar = [
  {
    text: "Introduction",
    items: [
      { text: "Getting started", link: "/getting-started" },
      { text: "Supported setups", link: "/supported" },
      { text: "FAQ", link: "/faq" },
    ],
  },
  { text: "Concepts", items: pages("concepts") },
  { text: "Guides", collapsed: false, items: pages("guides") },
  { text: "API by subpath", items: pages("api") },
  { text: "API reference (generated)", collapsed: true, items: reference() },
  {
    text: "Project",
    items: [
      { text: "Design: exact semantics", link: "/design" },
      { text: "Conventions", link: "/CONVENTIONS" },
      { text: "Changelog", link: "/changelog" },
    ],
  },
];

const zhSidebar: DefaultTheme.Sidebar = [
  {
    text: "入门",
    items: [
      { text: "快速上手", link: "/zh-CN/getting-started" },
      { text: "支持的环境", link: "/zh-CN/supported" },
      { text: "常见问题", link: "/zh-CN/faq" },
    ],
  },
  { text: "概念", items: [...pages("zh-CN/concepts"), { text: "更多概念（英文）", link: "/concepts/commitments-and-smart" }] },
  {
    text: "指南与 API（英文）",
    items: [
      { text: "指南", link: "/guides/running-slas-in-your-backend" },
      { text: "API 参考", link: "/api/reference/" },
    ],
  },
];

export default defineConfig({
  title: "pledgekit",
  description: "Customer-service commitments kept honest: business calendars, SLA timers, SMART commitments, complaints, remedies and SERVQUAL.",
  // docs/README.md is the GitHub index of the same pages; the site's home is index.md.
  srcExclude: ["README.md"],
  head: [["link", { rel: "icon", type: "image/svg+xml", href: "/favicon.svg" }]],
  lastUpdated: false,
  cleanUrls: false,
  // Every internal link must resolve: a dead link fails the build (and test/browser checks the output).
  ignoreDeadLinks: false,
  markdown: { lineNumbers: false },
  locales: {
    root: {
      label: "English",
      lang: "en",
      themeConfig: {
        nav: [
          { text: "Getting started", link: "/getting-started" },
          { text: "Concepts", link: "/concepts/business-calendars" },
          { text: "API", link: "/api/reference/" },
          { text: "Changelog", link: "/changelog" },
        ],
        sidebar: enSidebar,
      },
    },
    "zh-CN": {
      label: "简体中文",
      lang: "zh-CN",
      link: "/zh-CN/",
      title: "pledgekit",
      description: "把服务承诺落到实处：营业日历、SLA 计时、SMART 承诺、投诉、补救与 SERVQUAL。",
      themeConfig: {
        nav: [
          { text: "快速上手", link: "/zh-CN/getting-started" },
          { text: "概念", link: "/zh-CN/concepts/business-calendars" },
          { text: "API", link: "/api/reference/" },
        ],
        sidebar: zhSidebar,
        outline: { label: "本页目录" },
        docFooter: { prev: "上一页", next: "下一页" },
        darkModeSwitchLabel: "外观",
        sidebarMenuLabel: "菜单",
        returnToTopLabel: "回到顶部",
        langMenuLabel: "语言",
      },
    },
  },
  themeConfig: {
    // Only some pages are translated: the language menu leads to the other locale's home, never to a missing page.
    i18nRouting: false,
    outline: { level: [2, 3] },
    search: {
      provider: "local",
      options: {
        locales: {
          "zh-CN": {
            translations: {
              button: { buttonText: "搜索文档", buttonAriaLabel: "搜索文档" },
              modal: {
                noResultsText: "没有找到结果",
                resetButtonTitle: "清除查询",
                footer: { selectText: "选择", navigateText: "切换", closeText: "关闭" },
              },
            },
          },
        },
      },
    },
  },
});
