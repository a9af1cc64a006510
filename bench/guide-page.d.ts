/** The built-in guide as a CMS page writes it, for the guide given (the JSON document, parsed); `head` goes in its <head>. */
export function guidePage(guide: unknown, head?: string): string;
