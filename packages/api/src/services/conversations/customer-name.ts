/** How the inbox names a customer: their name, or their phone number when they gave none. */
export function customerDisplayName(customer: {
  firstName: string | null;
  lastName: string | null;
  phone: string;
}): string {
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(" ").trim();
  return name || customer.phone;
}
