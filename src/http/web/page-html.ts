/** @module The page's HTML shell: static markup only; every piece of third-party text is filled in by the client with textContent. */
export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>newsbrief</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/styles.css">
<script type="module" src="/assets/main.js"></script>
</head>
<body>
<header class="masthead">
  <a class="brand" href="#/">newsbrief</a>
  <span id="live" class="live" data-state="connecting" title="Live updates">connecting</span>
</header>
<div class="layout">
  <nav class="stories" aria-label="Stories">
    <form id="search" class="search" role="search">
      <input id="q" type="search" placeholder="Search stories" aria-label="Search stories" autocomplete="off">
    </form>
    <ol id="story-list" class="story-list"></ol>
    <p id="stories-empty" class="muted" hidden>No stories yet. POST reports to /api/reports or add a feed.</p>
    <section class="feeds" aria-labelledby="h-feeds">
      <h2 id="h-feeds">Feeds</h2>
      <ul id="feed-list" class="feed-list"></ul>
    </section>
  </nav>
  <main id="story" class="story" tabindex="-1">
    <p class="muted">Choose a story.</p>
  </main>
  <aside id="source" class="source" aria-label="Source" hidden></aside>
</div>
</body>
</html>
`;
