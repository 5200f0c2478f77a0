// Every page is prerendered: the site deploys as static files.
export const prerender = true;
