import type { Metadata } from "next";
import { BusinessSettings } from "./_components/business-settings";

export const metadata: Metadata = { title: "Settings" };

/** Profile, hours, languages, AI tone and notifications; read-only for those who cannot edit. */
export default function SettingsPage() {
  return <BusinessSettings />;
}
