import type { ReactNode } from "react";
import { Card, CardContent, CardHeader } from "@aizalo/ui";
import { AizaloLogo } from "../components/aizalo-logo";

/** The frame of the password pages: who it is for, a heading, one form. Fits a 360 px phone. */
export function AuthCard({
  eyebrow,
  title,
  description,
  children,
}: {
  eyebrow: string;
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-8 px-4 py-12 sm:px-6">
      <AizaloLogo />
      <Card className="w-full max-w-md">
        <CardHeader className="gap-1 text-center">
          <p className="text-sm text-muted-foreground">{eyebrow}</p>
          <h1 className="text-2xl font-semibold tracking-tight text-foreground">{title}</h1>
          <p className="text-sm text-muted-foreground">{description}</p>
        </CardHeader>
        <CardContent>{children}</CardContent>
      </Card>
    </main>
  );
}
