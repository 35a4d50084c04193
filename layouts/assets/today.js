/**
 * "On this day" for the visitor's today, whenever the site was built: on the home page it fetches
 * `on-this-day/MM-DD/memories.json` and shows a few entries of each earlier year; on the
 * on-this-day index it marks today's date and says where it is. Without this script (or from
 * file://, where pages cannot fetch) the home page keeps its link to the index. Entry text is
 * only ever set as textContent.
 */
(() => {
  const script = document.currentScript;
  if (!script) return;
  const root = new URL('../', script.src);
  const now = new Date();
  const pad = (value) => String(value).padStart(2, '0');
  const key = `${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const dayName = now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long' });
  const fileLinks = root.protocol === 'file:';
  /** Entries shown per year; the day's page has them all. */
  const SHOWN = 3; // MEMORIES_PER_YEAR in on-this-day.ts
  const link = (url) => new URL(url, root).href;

  const element = (name, className, text) => {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  function yearsAgo(year) {
    const difference = now.getFullYear() - Number(year);
    if (difference === 0) return `Today, ${year}`;
    if (difference === 1) return `1 year ago, ${year}`;
    return difference > 1 ? `${difference} years ago, ${year}` : year;
  }

  function memory(item) {
    const li = element('li', 'memory');
    const anchor = element('a');
    anchor.href = link(item.url);
    if (item.thumb) {
      const image = element('img');
      image.src = link(item.thumb.src);
      image.width = item.thumb.width;
      image.height = item.thumb.height;
      image.alt = '';
      image.loading = 'lazy';
      anchor.append(image);
    }
    if (item.title) anchor.append(element('strong', 'memory-title', item.title));
    anchor.append(element('span', 'memory-text', item.text || item.title || 'An entry'));
    li.append(anchor, element('span', 'meta', `${item.source} · ${item.time}`));
    return li;
  }

  function showMemories(block, memories, name, shown) {
    const body = element('div', 'today-years');
    const years = memories.years.filter((year) => Number(year.year) <= now.getFullYear());
    for (const year of years) {
      const section = element('section', 'today-year');
      section.append(element('h3', '', yearsAgo(year.year)));
      const list = element('ul', 'memories');
      for (const item of year.entries.slice(0, SHOWN)) list.append(memory(item));
      section.append(list);
      if (year.count > Math.min(SHOWN, year.entries.length)) {
        const more = element('a', 'more', `All ${year.count} entries of ${name} ${year.year}`);
        more.href = link(year.url);
        section.append(more);
      }
      body.append(section);
    }
    if (years.length === 0) return;
    const fallback = block.querySelector('.today-fallback');
    const all = element('a', '', `${name} in every year`);
    all.href = link(`on-this-day/${shown}/${fileLinks ? 'index.html' : ''}`);
    fallback.replaceChildren(all);
    if (shown === key) block.querySelector('h2').textContent = `On this day, ${dayName}`;
    block.insertBefore(body, fallback);
  }

  /** The first day after today, in the year's order, that has memories (`MM-DD`). */
  function nextDay(days) {
    const today = key.replace('-', '');
    const next = days.find((day) => day > today) ?? days[0];
    return next && `${next.slice(0, 2)}-${next.slice(2)}`;
  }

  async function home(block) {
    const fallback = block.querySelector('.today-fallback a');
    // From file:// nothing can be fetched: point the link at today's place in the index.
    fallback.href = link(`on-this-day/${fileLinks ? 'index.html' : ''}#d-${key}`);
    if (fileLinks) return;
    const days = (block.dataset.days ?? '').split(' ').filter(Boolean);
    const hasToday = days.includes(key.replace('-', ''));
    // Nothing happened on today's date: the next day that has memories, said so.
    const shown = hasToday ? key : nextDay(days);
    if (!shown) return;
    try {
      const response = await fetch(link(`on-this-day/${shown}/memories.json`));
      if (!response.ok) return;
      const memories = await response.json();
      if (!hasToday) {
        const [month, day] = shown.split('-').map(Number);
        const name = new Date(2000, month - 1, day).toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'long',
        });
        const note = element(
          'p',
          'today-note',
          `Nothing from ${dayName} in other years yet. Coming up, ${name}:`,
        );
        block.insertBefore(note, block.querySelector('.today-fallback'));
        showMemories(block, memories, name, shown);
        return;
      }
      showMemories(block, memories, dayName, key);
    } catch {
      // Offline or refused: the link stays.
    }
  }

  function index(pointer) {
    const day = document.querySelector(`[data-day="${key}"]`);
    pointer.hidden = false;
    if (!day) {
      pointer.textContent = `Today is ${dayName}: nothing from this date yet.`;
      return;
    }
    day.classList.add('is-today');
    day.querySelector('a').setAttribute('aria-current', 'date');
    const anchor = element('a', '', `Today, ${dayName}`);
    anchor.href = day.querySelector('a').href;
    pointer.replaceChildren(
      anchor,
      document.createTextNode(
        `: ${day.querySelector('.count').textContent} entries in other years`,
      ),
    );
  }

  const block = document.querySelector('[data-today]');
  if (block) home(block);
  const pointer = document.querySelector('[data-today-pointer]');
  if (pointer) index(pointer);
})();
