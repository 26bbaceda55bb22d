import { Fragment } from "react";
import { contentBlocks } from "../lib/content-blocks";

/** Renders a page's text content; React escapes it, so it can hold no markup. */
export function PageContent({ content }: { content: string }) {
  return (
    <div className="flex max-w-2xl flex-col gap-5 text-lg leading-relaxed text-foreground">
      {contentBlocks(content).map((block, index) => {
        switch (block.type) {
          case "heading":
            return (
              <h2 key={index} className="mt-4 text-2xl font-semibold tracking-tight">
                {block.text}
              </h2>
            );
          case "list":
            return (
              <ul key={index} className="flex list-disc flex-col gap-1 pl-6 marker:text-primary">
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>{item}</li>
                ))}
              </ul>
            );
          case "paragraph":
            return (
              <p key={index}>
                {block.lines.map((line, lineIndex) => (
                  <Fragment key={lineIndex}>
                    {lineIndex > 0 ? <br /> : null}
                    {line}
                  </Fragment>
                ))}
              </p>
            );
        }
      })}
    </div>
  );
}
