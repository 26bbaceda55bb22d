import type {
  IndustryDashboardPanel,
  IndustryPanelProps,
} from "../../../../industries/dashboard-panels";

/**
 * The industry slot: each panel of the business's industry, in order, under its own heading.
 * Nothing is drawn while the industry has no panels yet (every industry, for now).
 */
export function IndustryPanels({
  panels,
  props,
}: {
  panels: readonly IndustryDashboardPanel[];
  props: IndustryPanelProps;
}) {
  if (panels.length === 0) return null;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2" data-slot="industry-panels">
      {panels.map((panel) => (
        <section
          key={panel.id}
          aria-label={panel.title}
          data-testid={`industry-panel-${panel.id}`}
          className="flex min-w-0 flex-col gap-3 rounded-xl border border-border bg-surface p-4 shadow-sm"
        >
          <h2 className="text-base font-semibold text-foreground">{panel.title}</h2>
          <panel.Panel {...props} />
        </section>
      ))}
    </div>
  );
}
