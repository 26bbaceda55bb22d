import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@aizalo/ui";
import { AizaloLogo } from "../components/aizalo-logo";
import { FindWorkspaceForm } from "../components/find-workspace-form";

const FEATURES = [
  {
    title: "Every customer in one place",
    description:
      "Names, phone numbers and history for each customer, whether they found you on WhatsApp, your website or walked in.",
  },
  {
    title: "Replies in English, Swahili or Sheng",
    description:
      "An assistant drafts WhatsApp replies from your own prices and services, so no enquiry waits until evening.",
  },
  {
    title: "Campaigns that bring people back",
    description:
      "Send offers to the customers they suit — past guests, regular buyers, people who asked but never booked.",
  },
  {
    title: "A website on your own address",
    description:
      "A site built for your industry on its own Aizalo address, with bookings and enquiries going straight to your team.",
  },
] as const;

export default function HomePage() {
  return (
    <div className="mx-auto flex min-h-dvh max-w-5xl flex-col px-6">
      <header className="flex items-center justify-between py-6">
        <AizaloLogo />
      </header>

      <main className="flex flex-1 flex-col gap-16 py-10">
        <section className="grid items-start gap-10 md:grid-cols-[3fr_2fr]">
          <div className="flex flex-col gap-5">
            <p className="text-sm font-medium tracking-wide text-primary uppercase">
              For Kenyan small businesses
            </p>
            <h1 className="text-4xl font-semibold tracking-tight text-balance text-foreground sm:text-5xl">
              Your customers, conversations and website, run from one place.
            </h1>
            <p className="max-w-xl text-lg text-muted-foreground">
              Aizalo gives hotels, restaurants, salons, clinics, hardware shops and more a dashboard
              built for their trade, paid monthly in shillings through M-Pesa.
            </p>
          </div>
          <Card>
            <CardHeader>
              <CardTitle>Already on Aizalo?</CardTitle>
              <CardDescription>
                Each business has its own sign-in page. Enter your business&apos;s address to open
                it.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <FindWorkspaceForm />
            </CardContent>
          </Card>
        </section>

        <section aria-labelledby="features" className="flex flex-col gap-6">
          <h2 id="features" className="text-xl font-semibold text-foreground">
            What your team gets
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2">
            {FEATURES.map((feature) => (
              <li key={feature.title}>
                <Card className="h-full">
                  <CardHeader>
                    <CardTitle className="text-base">{feature.title}</CardTitle>
                  </CardHeader>
                  <CardContent className="pt-2 text-sm text-muted-foreground">
                    {feature.description}
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      </main>

      <footer className="border-t border-border py-6 text-sm text-muted-foreground">
        Aizalo · Made in Nairobi for businesses across Kenya
      </footer>
    </div>
  );
}
