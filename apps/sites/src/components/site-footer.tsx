interface SiteFooterProps {
  businessName: string;
  city: string | null;
}

export function SiteFooter({ businessName, city }: SiteFooterProps) {
  return (
    <footer className="border-t border-border bg-surface-muted">
      <div className="mx-auto flex max-w-4xl flex-col gap-1 px-6 py-6 text-sm text-muted-foreground sm:flex-row sm:justify-between">
        <p>
          © {new Date().getFullYear()} {businessName}
          {city ? ` · ${city}` : ""}
        </p>
        <p>Website by Aizalo</p>
      </div>
    </footer>
  );
}
