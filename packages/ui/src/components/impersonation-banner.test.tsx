import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ImpersonationBanner } from "./impersonation-banner";

describe("ImpersonationBanner", () => {
  it("says whose data is open, how, and until when in Nairobi time, with a Stop that posts", () => {
    render(
      <ImpersonationBanner
        businessName="Pwani Breeze Hotel"
        mode="read-only"
        endsAt={new Date("2026-11-26T12:30:00Z")}
        stopAction="/admin/impersonation/stop"
      >
        <input type="hidden" name="sessionId" value="s-1" />
      </ImpersonationBanner>,
    );
    const banner = screen.getByRole("region", { name: "Signed in as a business" });
    expect(banner.textContent).toContain("Viewing Pwani Breeze Hotel · read-only until 15:30");
    const stop = screen.getByRole("button", { name: "Stop" });
    expect(stop.getAttribute("type")).toBe("submit");
    const form = stop.closest("form");
    expect(form?.getAttribute("action")).toBe("/admin/impersonation/stop");
    expect(form?.querySelector<HTMLInputElement>('input[name="sessionId"]')?.value).toBe("s-1");
  });
});
