import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { AppShell } from "./app-shell";
import { NavLink } from "./nav-link";

function Shell() {
  return (
    <AppShell
      brand={<span>Pwani Breeze</span>}
      navigationLabel="Business"
      navigation={
        <>
          <NavLink href="#dashboard" active>
            Dashboard
          </NavLink>
          <NavLink href="#customers">Customers</NavLink>
        </>
      }
    >
      <p>Page content</p>
    </AppShell>
  );
}

describe("AppShell", () => {
  it("opens the phone menu as a dialog holding the navigation, and closes it on Escape", async () => {
    const user = userEvent.setup();
    render(<Shell />);
    const button = screen.getByRole("button", { name: "Open menu" });
    await user.click(button);

    const menu = screen.getByRole("dialog", { name: "Pwani Breeze" });
    const nav = screen.getAllByRole("navigation", { name: "Business" });
    expect(nav.some((element) => menu.contains(element))).toBe(true);

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(document.activeElement).toBe(button);
  });

  it("closes the phone menu when a link in it is followed", async () => {
    const user = userEvent.setup();
    render(<Shell />);
    await user.click(screen.getByRole("button", { name: "Open menu" }));
    const menu = screen.getByRole("dialog");
    const link = [...menu.querySelectorAll("a")].find((a) => a.textContent === "Customers");
    expect(link).toBeDefined();
    await user.click(link!);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("marks only the current section with aria-current", () => {
    render(<Shell />);
    const current = document.querySelectorAll('[aria-current="page"]');
    expect([...current].map((element) => element.textContent)).toEqual(["Dashboard"]);
  });
});
