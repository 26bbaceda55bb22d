"use client";

import { useQuery } from "@tanstack/react-query";
import {
  Badge,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@aizalo/ui";
import { useTRPC } from "../../../../trpc/client";

const STATUS = {
  firing: { label: "Firing", tone: "danger" },
  ok: { label: "OK", tone: "success" },
  not_measured: { label: "Not measured", tone: "neutral" },
} as const;

const at = new Intl.DateTimeFormat("en-KE", { timeStyle: "medium", timeZone: "Africa/Nairobi" });

/** ROADMAP 10.C's alert rules, measured when asked: which fire, measured value vs threshold. */
export function AlertRules() {
  const trpc = useTRPC();
  // Nothing runs until "Evaluate now": the rules read the last hour of api_usage and messages.
  const alerts = useQuery({ ...trpc.admin.system.evaluateAlerts.queryOptions(), enabled: false });
  const firing = alerts.data?.filter((alert) => alert.status === "firing").length ?? 0;

  return (
    <Card aria-labelledby="alerts-title">
      <CardHeader>
        <CardTitle id="alerts-title">Alert rules</CardTitle>
        <CardDescription>
          The platform alerts, measured on demand. Nothing is sent: this shows which would fire now.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={() => void alerts.refetch()} disabled={alerts.isFetching}>
            {alerts.isFetching ? "Evaluating…" : "Evaluate now"}
          </Button>
          <p aria-live="polite" className="text-sm text-muted-foreground">
            {alerts.data
              ? `${firing} of ${alerts.data.length} rules firing, evaluated at ${at.format(alerts.dataUpdatedAt)}.`
              : "Not evaluated yet."}
          </p>
        </div>
        {alerts.error ? (
          <p role="alert" className="text-sm text-danger">
            The rules could not be evaluated: {alerts.error.message}
          </p>
        ) : null}
        {alerts.data ? (
          <ul className="flex flex-col gap-3" aria-label="Alert rules">
            {alerts.data.map((alert) => (
              <li
                key={alert.name}
                className="flex flex-col gap-1 rounded-lg border border-border p-3"
                data-alert={alert.name}
                data-status={alert.status}
              >
                <div className="flex flex-wrap items-center gap-2">
                  <code className="text-sm font-semibold">{alert.name}</code>
                  <Badge tone={STATUS[alert.status].tone}>{STATUS[alert.status].label}</Badge>
                  <span className="text-xs text-muted-foreground">
                    {alert.severity} · notifies {alert.notify.join(", ")}
                  </span>
                </div>
                <p className="text-sm text-muted-foreground">{alert.condition}</p>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  <dt className="text-muted-foreground">Measured</dt>
                  <dd>{alert.measured}</dd>
                  <dt className="text-muted-foreground">Threshold</dt>
                  <dd>{alert.threshold}</dd>
                </dl>
              </li>
            ))}
          </ul>
        ) : null}
      </CardContent>
    </Card>
  );
}
