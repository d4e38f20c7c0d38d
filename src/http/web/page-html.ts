/** @module The page's HTML shell: static markup only; every piece of third-party text is filled in by the client with textContent. */

/** The shell; `hasApiKey` tells the client to ask for the key before it adds anything (the key itself never reaches the page). */
export function pageHtml(options: { readonly hasApiKey: boolean }): string {
  return PAGE_HTML.replace('<meta name="newsbrief-api-key" content="none">', `<meta name="newsbrief-api-key" content="${options.hasApiKey ? 'required' : 'none'}">`);
}

const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="newsbrief-api-key" content="none">
<title>newsbrief</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/styles.css">
<script type="module" src="/assets/main.js"></script>
</head>
<body>
<header class="masthead">
  <a class="brand" href="#/">newsbrief</a>
  <button id="nav-toggle" class="nav-toggle" type="button" aria-controls="stories" aria-expanded="false">Stories</button>
  <span id="live" class="live" data-state="connecting" title="Live updates">connecting</span>
</header>
<div class="layout">
  <nav id="stories" class="stories" aria-label="Stories">
    <form id="search" class="search" role="search">
      <input id="q" type="search" placeholder="Search stories" aria-label="Search stories" autocomplete="off">
    </form>
    <ol id="story-list" class="story-list"></ol>
    <p id="stories-empty" class="muted" hidden>No stories yet: add a report by its link or subscribe to a feed below.</p>
    <section class="feeds" aria-labelledby="h-feeds">
      <h2 id="h-feeds">Feeds</h2>
      <ul id="feed-list" class="feed-list"></ul>
      <p id="feeds-status" class="form-status" role="status" aria-live="polite"></p>
    </section>
    <div id="add"></div>
  </nav>
  <main id="story" class="story" tabindex="-1">
    <p class="muted">Choose a story.</p>
  </main>
  <aside id="source" class="source" aria-label="Source report" hidden></aside>
  <p class="source-hint muted">Click or press Enter on a sentence of the summary, a figure or an event to read it in its report here.</p>
</div>
</body>
</html>
`;
