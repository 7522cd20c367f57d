// Renders policy prose with its email addresses and web addresses as working links.
import { Fragment } from 'react';

const LINKABLE = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+|www\.[\w-]+(?:\.[\w-]+)+)/g;

// Splits text into plain runs and links; trailing full stops stay outside the link.
export function RichText({ text }: { text: string }) {
  const parts = text.split(LINKABLE);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return <Fragment key={i}>{part}</Fragment>;
        const href = part.includes('@') ? `mailto:${part}` : `https://${part}`;
        const external = !part.includes('@') && !part.endsWith('luminaenergy.co.uk');
        return (
          <a key={i} href={href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
            {part}
          </a>
        );
      })}
    </>
  );
}
