import {Parser} from 'htmlparser2';

export interface EmailContent {
  links: string[];
  text: string;
}

/** Links (`<a href>`) and the visible text of a pasted email, ignoring styles and scripts. */
export function readEmailHtml(html: string): EmailContent {
  const links: string[] = [];
  const text: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'style' || name === 'script' || name === 'head') hidden += 1;
        const href = attributes.href?.trim();
        if (name === 'a' && href) links.push(href);
      },
      onclosetag(name) {
        if (name === 'style' || name === 'script' || name === 'head')
          hidden = Math.max(0, hidden - 1);
      },
      ontext(chunk) {
        if (hidden === 0) text.push(chunk);
      },
    },
    {decodeEntities: true, lowerCaseTags: true},
  );
  parser.write(html);
  parser.end();
  return {links, text: text.join(' ').replace(/\s+/g, ' ').trim()};
}
