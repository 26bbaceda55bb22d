/** How each industry reads on a page, in the words a business owner uses. */
const INDUSTRY_LABELS: Record<string, string> = {
  hotels: "Hotel",
  restaurants: "Restaurant",
  real_estate: "Real estate",
  car_dealers: "Car dealer",
  beauty: "Beauty & wellness",
  medical: "Medical practice",
  tech: "Technology",
  law: "Law firm",
  hardware: "Hardware store",
};

export function industryLabel(industry: string): string {
  return INDUSTRY_LABELS[industry] ?? industry.replaceAll("_", " ");
}
