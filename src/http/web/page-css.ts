/** @module The page's stylesheet: system fonts only (no external fonts), readable measure, light and dark, one column on a phone. */
export const PAGE_CSS = `
:root {
  --bg: #fbfaf7; --fg: #1d1d1b; --muted: #6b6a65; --line: #e4e1d8; --panel: #ffffff;
  --accent: #1f5fa8; --mark: #fff0a8; --conflict: #b3261e; --update: #8a5a00; --agree: #2e7d32; --pending: #5b5b9a;
  --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #161614; --fg: #e8e6e0; --muted: #a19f97; --line: #34332f; --panel: #1e1e1b; --accent: #8ab8ee; --mark: #5c4d00; --conflict: #ff8a80; --update: #f0b860; --agree: #81c784; --pending: #b0b0e0; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 var(--sans); }
a { color: var(--accent); }
.muted { color: var(--muted); }
h1, h2, h3, .story-title, .report-text, button.sentence, q { overflow-wrap: anywhere; }
.masthead { display: flex; align-items: center; justify-content: space-between; padding: .6rem 1.25rem; border-bottom: 1px solid var(--line); background: var(--panel); position: sticky; top: 0; z-index: 2; }
.brand { font: 700 1.15rem/1 var(--serif); color: var(--fg); text-decoration: none; letter-spacing: .01em; }
.live { font-size: .8rem; color: var(--muted); display: inline-flex; align-items: center; gap: .4rem; }
.live::before { content: ""; width: .55rem; height: .55rem; border-radius: 50%; background: var(--muted); }
.live[data-state="live"]::before { background: var(--agree); }
.live[data-state="offline"]::before { background: var(--conflict); }
/* Three columns whether or not a source is open: opening one never narrows the story, so nothing the reader clicked reflows. */
.layout { display: grid; grid-template-columns: minmax(14rem, 17rem) minmax(0, 1fr) minmax(20rem, 26rem); min-height: calc(100vh - 3rem); }
.source-hint { display: none; grid-column: 3; grid-row: 1; align-self: start; position: sticky; top: 3rem; margin: 0; padding: 1.5rem 1.25rem; font-size: .88rem; border-left: 1px solid var(--line); min-height: calc(100vh - 3rem); }
.layout:has(.source[hidden]) .source-hint { display: block; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.nav-toggle { display: none; margin-left: auto; margin-right: .75rem; font: inherit; font-size: .85rem; padding: .3rem .7rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); cursor: pointer; }
.stories { border-right: 1px solid var(--line); padding: .75rem; overflow-y: auto; max-height: calc(100vh - 3rem); position: sticky; top: 3rem; }
.search input { width: 100%; padding: .5rem .65rem; font: inherit; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); color: var(--fg); }
.story-list { list-style: none; margin: .75rem 0 0; padding: 0; }
.story-item a { display: block; padding: .55rem .6rem; border-radius: 6px; text-decoration: none; color: inherit; }
.story-item a:hover { background: var(--line); }
.story-item.current a { background: var(--panel); box-shadow: inset 3px 0 0 var(--accent); }
.story-item.flash a { animation: flash 2s ease-out; }
@keyframes flash { from { background: var(--mark); } to { background: transparent; } }
.story-title { display: block; font: 600 .98rem/1.3 var(--serif); }
.story-meta { display: block; font-size: .78rem; color: var(--muted); margin-top: .15rem; }
.story { padding: 1rem 2rem 4rem; max-width: 52rem; width: 100%; outline: none; }
.story-head p { margin: .15rem 0; font-size: .88rem; }
.story-head .coverage { color: var(--fg); }
.lead .block:first-child, .lead .key-figures + .block { margin-top: 1rem; }
.key-figures ul { list-style: none; margin: .75rem 0 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: .5rem; }
.key-figure { border: 1px solid var(--line); border-top: 3px solid var(--agree); border-radius: 6px; background: var(--panel); display: flex; }
.key-figure.conflict { border-top-color: var(--conflict); }
.key-figure.update { border-top-color: var(--update); }
.key-figure.single { border-top-color: var(--line); }
.key-figure .tile { all: unset; box-sizing: border-box; width: 100%; padding: .45rem .6rem; display: flex; flex-direction: column; gap: .1rem; border-radius: 4px; }
.key-figure button.tile { cursor: pointer; }
.key-figure button.tile:hover .measure { text-decoration: underline; text-decoration-color: var(--muted); }
.key-figure button.tile:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.key-figure .amount { font: 700 1.1rem/1.2 var(--sans); font-variant-numeric: tabular-nums; }
.key-figure .measure { font-size: .8rem; line-height: 1.3; overflow-wrap: anywhere; }
.key-figure .status { display: flex; flex-wrap: wrap; align-items: baseline; gap: .1rem .35rem; margin-top: .15rem; font-size: .72rem; color: var(--muted); }
.key-figure .badge { margin: 0; }
.changes { margin-top: .9rem; border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; padding: .5rem .8rem; background: var(--panel); font-size: .9rem; }
.changes h2 { font: 700 .78rem/1.2 var(--sans); text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 .3rem; }
.changes p, .changes ul { margin: 0 0 .3rem; }
.changes ul { padding-left: 1.1rem; }
.empty-summary { font-style: italic; }
.story-head h1 { font: 700 1.9rem/1.2 var(--serif); margin: 0 0 .35rem; }
.block { margin-top: 2rem; }
.block > h2 { font: 700 .78rem/1 var(--sans); text-transform: uppercase; letter-spacing: .08em; color: var(--muted); border-bottom: 1px solid var(--line); padding-bottom: .4rem; margin: 0 0 .75rem; }
.summary { margin: 0; padding-left: 0; list-style: none; }
.summary li { display: flex; gap: .5rem; align-items: baseline; margin-bottom: .55rem; }
button.sentence { all: unset; cursor: pointer; font: 1.1rem/1.6 var(--serif); border-radius: 3px; }
/* Hover only underlines: the mark stays on the sentence whose report is open, not wherever the mouse is. */
button.sentence:hover { text-decoration: underline; text-decoration-color: var(--muted); text-underline-offset: .2em; }
button.sentence:focus-visible, button.link:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
[data-ref].selected { background: var(--mark); box-shadow: 0 0 0 2px var(--mark); }
.count { font-size: .72rem; min-width: 1.4rem; text-align: center; color: var(--muted); border: 1px solid var(--line); border-radius: 999px; padding: 0 .35rem; }
button.link { all: unset; cursor: pointer; color: var(--accent); }
button.link:hover { text-decoration: underline; }
.badge { display: inline-block; font-size: .72rem; font-weight: 600; padding: .05rem .45rem; border-radius: 999px; border: 1px solid currentColor; margin-left: .4rem; color: var(--muted); vertical-align: middle; }
.badge.conflict { color: var(--conflict); }
.badge.update { color: var(--update); }
.badge.agree { color: var(--agree); }
.badge.pending { color: var(--pending); }
.figures { display: grid; gap: 1rem; }
.figure { border: 1px solid var(--line); border-left: 4px solid var(--agree); border-radius: 6px; padding: .75rem .9rem; background: var(--panel); }
.figure.conflict { border-left-color: var(--conflict); }
.figure.update { border-left-color: var(--update); }
.figure header { display: flex; align-items: baseline; gap: .5rem; flex-wrap: wrap; }
.figure h3 { margin: 0; font: 600 1rem/1.3 var(--serif); flex: 1 1 12rem; }
.figure header .amount { font-weight: 700; font-variant-numeric: tabular-nums; }
.figure .speaker .badge { margin-left: .3rem; }
.singles h3 { font-size: .85rem; margin: .5rem 0 .3rem; color: var(--muted); }
.singles ul { list-style: none; margin: 0; padding: 0; font-size: .9rem; }
.singles li { padding: .25rem 0; border-bottom: 1px solid var(--line); }
.singles .amount { font-weight: 700; font-variant-numeric: tabular-nums; }
.figure .reason { font-size: .85rem; margin: .2rem 0 .5rem; }
.figure-body { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.figure table { border-collapse: collapse; font-size: .88rem; flex: 1 1 18rem; width: 100%; }
.figures, .figure, .figure-body { min-width: 0; }
.figure th { text-align: left; font-weight: 600; color: var(--muted); font-size: .75rem; border-bottom: 1px solid var(--line); padding: .2rem .5rem .2rem 0; }
.figure td { padding: .3rem .5rem .3rem 0; border-bottom: 1px solid var(--line); vertical-align: top; }
.figure td.num { font-variant-numeric: tabular-nums; }
.figure td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
.chart { flex: 0 0 auto; max-width: 100%; height: auto; }
.chart .axis { stroke: var(--line); }
.chart .tick { font: 10px var(--sans); fill: var(--muted); }
.chart .mark { fill: var(--agree); stroke: var(--panel); stroke-width: 1.5; }
.chart.conflict .mark { fill: var(--conflict); }
.chart.update .mark { fill: var(--update); }
.chart .trend { fill: none; stroke: var(--update); stroke-width: 2; }
.chart .spread { fill: var(--conflict); opacity: .12; }
.chart .range { stroke: var(--muted); stroke-width: 2; }
.show-more { display: inline-block; margin-top: .4rem; font-size: .85rem; }
.timeline { list-style: none; margin: 0; padding: 0; border-left: 2px solid var(--line); }
.timeline li { position: relative; padding: 0 0 .8rem 1rem; }
.timeline li::before { content: ""; position: absolute; left: -.4rem; top: .45rem; width: .6rem; height: .6rem; border-radius: 50%; background: var(--accent); }
.timeline time { display: block; font: 600 .8rem/1.4 var(--sans); color: var(--muted); font-variant-numeric: tabular-nums; }
.timeline .sentence { color: var(--fg); font: 1rem/1.5 var(--serif); }
.entities section { margin-bottom: .6rem; }
.entities h3 { font-size: .85rem; margin: 0 0 .3rem; }
.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
.chips li { border: 1px solid var(--line); border-radius: 999px; padding: .1rem .55rem; font-size: .85rem; background: var(--panel); }
.chips .count { border: none; padding: 0 0 0 .35rem; }
.reports { list-style: none; padding: 0; margin: 0; font-size: .92rem; }
.reports li { padding: .35rem 0; border-bottom: 1px solid var(--line); }
.reports .outlet { font-weight: 600; margin-right: .2rem; }
.reports .date { color: var(--muted); font-size: .85rem; margin-left: .3rem; }
.reports .out { margin-left: .5rem; font-size: .85rem; }
.add { margin-top: 1.25rem; border-top: 1px solid var(--line); padding-top: .6rem; font-size: .82rem; }
.add h2 { font: 700 .72rem/1 var(--sans); text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0 0 .4rem; }
.add-form { margin-bottom: .7rem; }
.add-form label { display: block; margin-bottom: .2rem; }
.add-form .row { display: flex; gap: .3rem; }
.add input { flex: 1 1 auto; min-width: 0; width: 100%; padding: .35rem .5rem; font: inherit; border: 1px solid var(--muted); border-radius: 6px; background: var(--panel); color: var(--fg); }
.add button { font: inherit; padding: .35rem .6rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: var(--panel); cursor: pointer; }
.form-status { margin: .25rem 0 0; overflow-wrap: anywhere; }
.form-status:empty { display: none; }
.form-status[data-kind="error"] { color: var(--conflict); }
.feeds { margin-top: 1.5rem; border-top: 1px solid var(--line); padding-top: .6rem; font-size: .82rem; }
.feeds h2 { font: 700 .72rem/1 var(--sans); text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0 0 .4rem; }
.feed-list { list-style: none; margin: 0; padding: 0; }
.feed-list li { padding: .25rem 0; overflow-wrap: anywhere; }
.feed-list .error { color: var(--conflict); display: block; }
.feed-list .remove { font-size: .78rem; margin-left: .4rem; }
.source { border-left: 1px solid var(--line); background: var(--panel); padding: 1rem 1.25rem 3rem; max-height: calc(100vh - 3rem); overflow-y: auto; position: sticky; top: 3rem; }
.source .close { float: right; position: sticky; top: 0; font-size: 1.4rem; line-height: 1; background: var(--panel); border: none; border-radius: 50%; color: var(--muted); cursor: pointer; padding: .2rem .4rem; }
.source-head .outlet { font: 700 .8rem/1.2 var(--sans); text-transform: uppercase; letter-spacing: .05em; margin: 0 1.5rem .2rem 0; }
.source-head h2 { font: 700 1.15rem/1.3 var(--serif); margin: 0 1.5rem .2rem 0; outline: none; }
.source-head p { font-size: .82rem; margin: 0 0 .8rem; }
/* Room on the right for the close button, which stays in view (sticky) over the text as the panel scrolls. */
.report-text { white-space: pre-wrap; font: .98rem/1.6 var(--serif); padding-right: 1.75rem; }
.report-text mark { background: var(--mark); color: inherit; padding: .05rem 0; border-radius: 2px; }
.also { background: var(--bg); border-radius: 6px; padding: .5rem .75rem; margin-bottom: 1rem; font-size: .88rem; }
.also h3 { font-size: .8rem; margin: 0 0 .3rem; color: var(--muted); }
.also ul { margin: 0; padding-left: 1rem; }
.also q { display: block; font-family: var(--serif); margin: .1rem 0 .4rem; }
/* Narrower than three columns: the source is a bottom sheet over the page (the story keeps its width). */
@media (max-width: 75rem) {
  .layout { grid-template-columns: minmax(14rem, 17rem) minmax(0, 1fr); }
  .layout:has(.source[hidden]) .source-hint { display: none; }
  .source { position: fixed; inset: auto 0 0 0; max-height: 55vh; top: auto; border-left: none; border-top: 2px solid var(--line); box-shadow: 0 -8px 24px rgba(0,0,0,.15); z-index: 3; }
}
/* A phone: one column; the story list opens from the masthead and lists every story in the page's own scroll, never a box cut mid-row. */
@media (max-width: 60rem) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  .nav-toggle { display: inline-block; }
  .stories { display: none; position: static; max-height: none; overflow: visible; border-right: none; border-bottom: 1px solid var(--line); }
  .layout.nav-open .stories { display: block; }
  .story-item a { padding: .7rem .6rem; }
  .figure td.num { white-space: normal; }
  .figure table { flex-basis: 100%; }
  .story { padding: .75rem 1rem 3rem; }
  .story-head h1 { font-size: 1.45rem; }
  .key-figures ul { grid-template-columns: repeat(2, minmax(0, 1fr)); }
}
`;
