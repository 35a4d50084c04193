// Bench helper: bare Eleventy 3 rendering the same entry files through one minimal layout and
// one paginated index, as a baseline. Prints seconds, peak memory and CPU as JSON.
import Eleventy from '@11ty/eleventy';

import { printUsage } from './usage.mjs';

const [archive, out] = process.argv.slice(2);
const started = performance.now();
const eleventy = new Eleventy(archive, out, {
  quietMode: true,
  config(config) {
    config.addGlobalData('layout', 'bench-base.11ty.js');
    config.addTemplate('_includes/bench-base.11ty.js', {
      render: (data) =>
        `<!doctype html><html lang="en"><title>${data.title ?? 'Entry'}</title><main>${data.content}</main></html>`,
    });
    config.addTemplate(
      'bench-index.11ty.js',
      {
        render: (data) =>
          `<ol>${data.pagination.items.map((item) => `<li><a href="${item.url}">${item.url}</a></li>`).join('')}</ol>`,
      },
      {
        layout: false,
        pagination: { data: 'collections.all', size: 100 },
        permalink: (data) => `/bench-index/${data.pagination.pageNumber}/index.html`,
      },
    );
  },
});
await eleventy.write();
printUsage(started);
