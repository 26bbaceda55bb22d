import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { subdomainNameSchema } from "../../subdomain";

/** The industries Aizalo serves (the `industry` enum), in the order the wizard lists them. */
export const INDUSTRIES = [
  "hotels",
  "restaurants",
  "real_estate",
  "car_dealers",
  "beauty",
  "medical",
  "tech",
  "law",
  "hardware",
] as const;
export type IndustryKey = (typeof INDUSTRIES)[number];

export const INDUSTRY_LABELS: Readonly<Record<IndustryKey, string>> = {
  hotels: "Hotel or lodge",
  restaurants: "Restaurant or cafe",
  real_estate: "Real estate",
  car_dealers: "Car dealership",
  beauty: "Beauty salon or spa",
  medical: "Medical clinic",
  tech: "Tech shop",
  law: "Law firm",
  hardware: "Hardware store",
};

export const PLANS = ["starter", "professional", "growth"] as const;

/** Fonts the sites app can load; a free-text font would silently fall back. */
export const WEBSITE_FONTS = [
  "Inter",
  "Poppins",
  "Montserrat",
  "Open Sans",
  "Lato",
  "Merriweather",
  "Playfair Display",
  "Nunito",
] as const;

/** Kenyan numbers by default (`0712 345 678` → `+254712345678`); foreign ones when valid. */
export const phoneSchema = z
  .string()
  .trim()
  .min(1, "Enter a phone number.")
  .transform((value, context) => {
    const parsed = parsePhoneNumberFromString(value, "KE");
    if (!parsed?.isValid()) {
      context.addIssue({
        code: "custom",
        message: "Enter a valid phone number, e.g. 0712 345 678.",
      });
      return z.NEVER;
    }
    return parsed.number;
  });

const hexColor = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #0f766e.")
  .transform((value) => value.toLowerCase());

/** Step 1: who the business is and who will own its account. */
export const businessStepSchema = z.object({
  businessName: z.string().trim().min(2, "Enter the business's name.").max(120),
  ownerName: z.string().trim().min(2, "Enter the owner's full name.").max(120),
  ownerEmail: z.email("Enter a valid email address.").trim().toLowerCase().max(320),
  phone: phoneSchema,
  city: z.string().trim().min(2, "Enter the town or city.").max(80),
  address: z.string().trim().max(200).optional().default(""),
  plan: z.enum(PLANS).default("starter"),
});

export const industryStepSchema = z.object({ industry: z.enum(INDUSTRIES) });
export const templateStepSchema = z.object({ templateId: z.uuid("Choose a template.") });
export const subdomainStepSchema = z.object({ subdomain: subdomainNameSchema });

export const customizeStepSchema = z.object({
  primaryColor: hexColor,
  accentColor: hexColor,
  headingFont: z.enum(WEBSITE_FONTS),
  bodyFont: z.enum(WEBSITE_FONTS),
  logoUrl: z
    .union([z.literal(""), z.url({ protocol: /^https$/, message: "Use an https:// address." })])
    .optional()
    .default(""),
});

/** Everything the provisioning service needs: the wizard's steps, validated together. */
export const clientDetailsSchema = businessStepSchema
  .extend(industryStepSchema.shape)
  .extend(templateStepSchema.shape)
  .extend(subdomainStepSchema.shape)
  .extend(customizeStepSchema.shape);

export type ClientDetails = z.output<typeof clientDetailsSchema>;

/** The wizard's steps in order, each with the fields it owns. */
export const WIZARD_STEPS = {
  business: businessStepSchema,
  industry: industryStepSchema,
  template: templateStepSchema,
  subdomain: subdomainStepSchema,
  customize: customizeStepSchema,
} as const;
export type WizardStep = keyof typeof WIZARD_STEPS | "review";
export const WIZARD_STEP_ORDER: readonly WizardStep[] = [
  "business",
  "industry",
  "template",
  "subdomain",
  "customize",
  "review",
];

export const DEFAULT_CUSTOMIZATION = {
  primaryColor: "#0f766e",
  accentColor: "#f59e0b",
  headingFont: "Poppins",
  bodyFont: "Inter",
  logoUrl: "",
} as const;
