import type { Metadata } from "next";
import type { ReactNode } from "react";
import { TrpcReactProvider } from "../trpc/client";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Aizalo", template: "%s · Aizalo" },
  description:
    "Customers, WhatsApp conversations, campaigns and a website for Kenyan small businesses, in one place.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <TrpcReactProvider>{children}</TrpcReactProvider>
      </body>
    </html>
  );
}
