import { Button } from "./button";

export interface PageNavProps {
  page: number;
  pageCount: number;
  total: number;
  /** What the total counts, plural: "leads", "campaigns". */
  noun: string;
  onPage: (page: number) => void;
}

/** Previous / Next under a server-paged list that is not a DataTable (which pages itself). */
export function PageNav({ page, pageCount, total, noun, onPage }: PageNavProps) {
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-2">
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </Button>
      <span className="text-sm text-muted-foreground">
        Page {page} of {pageCount} · {total} {noun}
      </span>
      <Button variant="secondary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        Next
      </Button>
    </nav>
  );
}
