import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { FormErrors, FormField } from "./form-field";
import { Input } from "./input";
import { Select } from "./select";
import { Textarea } from "./textarea";

const errors = {
  formErrors: ["That phone number is already a customer."],
  fieldErrors: { phone: ["Enter a Kenyan mobile number", "Use digits only"], name: [] },
};

function describedByText(element: HTMLElement): string {
  const ids = element.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids
    .map((id) => document.getElementById(id)?.textContent ?? `<missing #${id}>`)
    .join(" | ");
}

describe("FormField", () => {
  it("names the control by its label and gives it the field's name", () => {
    render(
      <FormField name="name" label="Customer name" errors={errors}>
        <Input />
      </FormField>,
    );
    const input = screen.getByRole("textbox", { name: "Customer name" });
    expect(input.getAttribute("name")).toBe("name");
    // An empty list of messages is no error.
    expect(input.getAttribute("aria-invalid")).toBeNull();
    expect(input.getAttribute("aria-describedby")).toBeNull();
  });

  it("shows the field's own zod messages, marks the control invalid and reads them with it", () => {
    render(
      <FormField name="phone" label="Phone" description="We send receipts here." errors={errors}>
        <Input type="tel" />
      </FormField>,
    );
    const input = screen.getByRole("textbox", { name: "Phone" });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(describedByText(input)).toBe(
      "We send receipts here. | Enter a Kenyan mobile numberUse digits only",
    );
    expect(screen.queryByText("That phone number is already a customer.")).toBeNull();
  });

  it("keeps ids unique when a form has several fields", () => {
    render(
      <>
        <FormField name="phone" label="Phone" errors={errors}>
          <Input />
        </FormField>
        <FormField name="notes" label="Notes" description="Only your team sees these.">
          <Textarea />
        </FormField>
      </>,
    );
    const phone = screen.getByRole("textbox", { name: "Phone" });
    const notes = screen.getByRole("textbox", { name: "Notes" });
    expect(phone.id).not.toBe(notes.id);
    expect(describedByText(notes)).toBe("Only your team sees these.");
    expect(notes.getAttribute("aria-invalid")).toBeNull();
  });

  it("wires a select and keeps the control's own describedby and required", () => {
    render(
      <>
        <p id="extra">Staff can be changed later.</p>
        <FormField
          name="role"
          label="Role"
          required
          errors={{ fieldErrors: { role: ["Pick a role"] } }}
        >
          <Select aria-describedby="extra">
            <option value="">Choose…</option>
            <option value="staff">Staff</option>
          </Select>
        </FormField>
      </>,
    );
    const select = screen.getByRole("combobox", { name: /Role/ });
    expect(select.hasAttribute("required")).toBe(true);
    expect(describedByText(select)).toBe("Pick a role | Staff can be changed later.");
  });

  it("announces form-wide errors, and renders nothing without them", () => {
    const { rerender } = render(<FormErrors errors={errors} />);
    expect(screen.getByRole("alert").textContent).toBe("That phone number is already a customer.");
    rerender(<FormErrors errors={{ fieldErrors: {} }} />);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
