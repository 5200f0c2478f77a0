// Every page is prerendered: the site deploys as static files.
export const prerender = true;

// Each page is written as `<page>/index.html`, never `<page>.html` beside a `<page>/` folder, so every
// static host serves `/events/` the same way (a folder's index) and `/events` redirects to it.
export const trailingSlash = 'always';
