import type {
  Industry,
  Language,
  PaymentMethod,
  SubscriptionPlan,
} from "../generated/prisma/client";
import type { TownKey } from "./names";

// The nine demo businesses, one per industry: invented names, real Kenyan towns. Their
// subscription stories are told in days before the seed runs, so every dashboard has a recent
// past whenever the database was seeded.

/** Monthly fees in KES (platform_settings `billing.plans` says the same). */
export const PLAN_FEES: Record<SubscriptionPlan, string> = {
  starter: "2500.00",
  professional: "5000.00",
  growth: "10000.00",
};

/** One-off setup fee paid with the first month. */
export const SETUP_FEES: Record<SubscriptionPlan, string> = {
  starter: "3000.00",
  professional: "5000.00",
  growth: "8000.00",
};

export type Territory = "nairobi" | "mombasa" | "kisumu";

/** A change made at the billing date of the `atPayment`-th monthly payment (0 = the first). */
export interface PlanChange {
  atPayment: number;
  plan?: SubscriptionPlan;
  /** A negotiated fee instead of the plan's list price. */
  fee?: string;
  reason: string;
}

export type Lifecycle =
  | { status: "trial"; createdDaysAgo: number; plan: SubscriptionPlan }
  | {
      status: "active" | "past_due" | "suspended" | "canceled";
      plan: SubscriptionPlan;
      /** Monthly payments made so far; the first came with activation and the setup fee. */
      payments: number;
      lastPaidDaysAgo: number;
      /** Days of the 14-day trial used before activating. */
      trialDaysUsed: number;
      changes: readonly PlanChange[];
      paymentMethod: PaymentMethod;
      /** Canceled businesses: when and why they left. */
      canceled?: { daysAgo: number; reason: string };
      /** A payment sent twice by mistake and refunded (the one after the `n`-th). */
      duplicatePaymentAt?: number;
    };

export interface Business {
  industry: Industry;
  name: string;
  subdomain: string;
  town: TownKey;
  address: string;
  postalCode: string;
  latitude: string;
  longitude: string;
  phone: string;
  salesRep: Territory;
  /** Whether the support user looks after this account too. */
  supported: boolean;
  lifecycle: Lifecycle;
  team: { owner: string; admin: string; staff: string; viewer: string };
  /** Website template, by key (see website-templates.ts). */
  template: string;
  websitePublished: boolean;
  brand: {
    primary: string;
    accent: string;
    headingFont: string;
    bodyFont: string;
    tagline: string;
  };
  aiTone: "warm" | "friendly" | "professional" | "playful";
  languages: readonly Language[];
  /** Opening hours per weekday, "HH:MM-HH:MM", or null when closed. */
  hours: { weekdays: string; saturday: string | null; sunday: string | null };
  customers: number;
}

export const BUSINESSES: readonly Business[] = [
  {
    industry: "real_estate",
    name: "Jacaranda Homes & Lettings",
    subdomain: "jacaranda-homes",
    town: "nairobi",
    address: "Argwings Kodhek Road, Kilimani",
    postalCode: "00100",
    latitude: "-1.29210000",
    longitude: "36.78300000",
    phone: "+254711402318",
    salesRep: "nairobi",
    supported: true,
    lifecycle: {
      status: "active",
      plan: "professional",
      // Paid today: twelve monthly payments then span exactly the last twelve calendar months.
      payments: 12,
      lastPaidDaysAgo: 0,
      trialDaysUsed: 9,
      changes: [
        {
          atPayment: 8,
          plan: "growth",
          reason: "Opened a Kileleshwa branch and needs more campaigns",
        },
      ],
      paymentMethod: "mpesa",
    },
    team: {
      owner: "Wairimu Njoroge",
      admin: "Dennis Kiprop",
      staff: "Sharon Atieno",
      viewer: "Eunice Mutheu",
    },
    template: "makazi-listings",
    websitePublished: true,
    brand: {
      primary: "#6d28d9",
      accent: "#f59e0b",
      headingFont: "Playfair Display",
      bodyFont: "Inter",
      tagline: "Homes you'll love to come back to",
    },
    aiTone: "professional",
    languages: ["en", "sw", "sheng"],
    hours: { weekdays: "08:00-18:00", saturday: "09:00-15:00", sunday: null },
    customers: 36,
  },
  {
    industry: "hotels",
    name: "Pwani Breeze Hotel",
    subdomain: "pwani-breeze",
    town: "mombasa",
    address: "Links Road, Nyali",
    postalCode: "80100",
    latitude: "-4.04350000",
    longitude: "39.71450000",
    phone: "+254722918406",
    salesRep: "mombasa",
    supported: true,
    lifecycle: {
      status: "active",
      plan: "growth",
      payments: 11,
      lastPaidDaysAgo: 6,
      trialDaysUsed: 12,
      changes: [],
      paymentMethod: "bank",
    },
    team: {
      owner: "Salim Abdalla",
      admin: "Zawadi Mwinyi",
      staff: "Kevin Kazungu",
      viewer: "Halima Bakari",
    },
    template: "pwani-hospitality",
    websitePublished: true,
    brand: {
      primary: "#0e7490",
      accent: "#f97316",
      headingFont: "Lora",
      bodyFont: "Open Sans",
      tagline: "Where the ocean says karibu",
    },
    aiTone: "warm",
    languages: ["en", "sw"],
    hours: { weekdays: "00:00-24:00", saturday: "00:00-24:00", sunday: "00:00-24:00" },
    customers: 40,
  },
  {
    industry: "restaurants",
    name: "Mama Akinyi's Kitchen",
    subdomain: "mama-akinyi",
    town: "kisumu",
    address: "Oginga Odinga Street",
    postalCode: "40100",
    latitude: "-0.09170000",
    longitude: "34.76800000",
    phone: "+254790334172",
    salesRep: "kisumu",
    supported: false,
    lifecycle: {
      status: "active",
      plan: "professional",
      payments: 10,
      lastPaidDaysAgo: 9,
      trialDaysUsed: 14,
      changes: [],
      paymentMethod: "mpesa",
    },
    team: {
      owner: "Akinyi Odhiambo",
      admin: "Brian Okoth",
      staff: "Mercy Oduor",
      viewer: "George Owino",
    },
    template: "karibu-table",
    websitePublished: true,
    brand: {
      primary: "#b45309",
      accent: "#15803d",
      headingFont: "Merriweather",
      bodyFont: "Nunito",
      tagline: "Lake fish, home cooking",
    },
    aiTone: "warm",
    languages: ["en", "sw", "sheng"],
    hours: { weekdays: "07:00-22:00", saturday: "07:00-23:00", sunday: "09:00-21:00" },
    customers: 38,
  },
  {
    industry: "beauty",
    name: "Nyota Beauty Lounge",
    subdomain: "nyota-beauty",
    town: "thika",
    address: "Kenyatta Highway, next to the Post Office",
    postalCode: "01000",
    latitude: "-1.03330000",
    longitude: "37.06930000",
    phone: "+254745661209",
    salesRep: "nairobi",
    supported: false,
    lifecycle: {
      status: "active",
      plan: "professional",
      payments: 9,
      lastPaidDaysAgo: 13,
      trialDaysUsed: 7,
      changes: [
        {
          atPayment: 6,
          plan: "starter",
          reason: "Quiet season after the holidays; kept WhatsApp and bookings only",
        },
      ],
      paymentMethod: "mpesa",
    },
    team: {
      owner: "Njeri Wainaina",
      admin: "Purity Kinyanjui",
      staff: "Esther Wambui",
      viewer: "Joy Macharia",
    },
    template: "urembo-studio",
    websitePublished: true,
    brand: {
      primary: "#be185d",
      accent: "#a16207",
      headingFont: "Cormorant Garamond",
      bodyFont: "Poppins",
      tagline: "Shine like the star you are",
    },
    aiTone: "playful",
    languages: ["en", "sw", "sheng"],
    hours: { weekdays: "08:00-19:00", saturday: "08:00-20:00", sunday: "11:00-17:00" },
    customers: 34,
  },
  {
    industry: "medical",
    name: "Uzima Family Clinic",
    subdomain: "uzima-clinic",
    town: "eldoret",
    address: "Uganda Road, opposite the Catholic church",
    postalCode: "30100",
    latitude: "0.51430000",
    longitude: "35.26980000",
    phone: "+254701557843",
    salesRep: "kisumu",
    supported: true,
    lifecycle: {
      status: "active",
      plan: "professional",
      payments: 7,
      lastPaidDaysAgo: 1,
      trialDaysUsed: 11,
      changes: [
        {
          atPayment: 4,
          fee: "4500.00",
          reason: "Community clinic discount agreed by the platform owner",
        },
      ],
      paymentMethod: "mpesa",
    },
    team: {
      owner: "Kiprono Rotich",
      admin: "Lilian Chepkoech",
      staff: "Edwin Kemboi",
      viewer: "Naomi Jeptoo",
    },
    template: "afya-care",
    websitePublished: true,
    brand: {
      primary: "#0f766e",
      accent: "#2563eb",
      headingFont: "Source Sans 3",
      bodyFont: "Source Sans 3",
      tagline: "Caring for Eldoret families",
    },
    aiTone: "professional",
    languages: ["en", "sw"],
    hours: { weekdays: "08:00-20:00", saturday: "08:00-20:00", sunday: "10:00-16:00" },
    customers: 32,
  },
  {
    industry: "car_dealers",
    name: "Menengai Auto Traders",
    subdomain: "menengai-auto",
    town: "nakuru",
    address: "Kenyatta Avenue, near the railway station",
    postalCode: "20100",
    latitude: "-0.28330000",
    longitude: "36.06670000",
    phone: "+254728640195",
    salesRep: "nairobi",
    supported: false,
    lifecycle: {
      status: "past_due",
      plan: "growth",
      payments: 8,
      lastPaidDaysAgo: 37,
      trialDaysUsed: 14,
      changes: [],
      paymentMethod: "mpesa",
    },
    team: {
      owner: "James Kariuki",
      admin: "Faith Cherono",
      staff: "Victor Langat",
      viewer: "Ann Wanjiru",
    },
    template: "gari-showroom",
    websitePublished: true,
    brand: {
      primary: "#b91c1c",
      accent: "#1f2937",
      headingFont: "Oswald",
      bodyFont: "Roboto",
      tagline: "Quality used cars, honest prices",
    },
    aiTone: "friendly",
    languages: ["en", "sw", "sheng"],
    hours: { weekdays: "08:00-18:00", saturday: "08:00-16:00", sunday: null },
    customers: 28,
  },
  {
    industry: "law",
    name: "Wanyama Chebet & Associates",
    subdomain: "wanyama-chebet",
    town: "kakamega",
    address: "Canon Awori Street, Bima House 2nd floor",
    postalCode: "50100",
    latitude: "0.28270000",
    longitude: "34.75190000",
    phone: "+254733205517",
    salesRep: "kisumu",
    supported: true,
    lifecycle: {
      status: "suspended",
      plan: "professional",
      payments: 5,
      lastPaidDaysAgo: 85,
      trialDaysUsed: 10,
      changes: [],
      paymentMethod: "bank",
    },
    team: {
      owner: "Peter Wanyama",
      admin: "Caroline Chebet",
      staff: "Allan Wafula",
      viewer: "Beatrice Nekesa",
    },
    template: "haki-chambers",
    websitePublished: false,
    brand: {
      primary: "#1e3a8a",
      accent: "#a16207",
      headingFont: "Libre Baskerville",
      bodyFont: "Lato",
      tagline: "Practical legal help for Western Kenya",
    },
    aiTone: "professional",
    languages: ["en", "sw"],
    hours: { weekdays: "08:30-17:00", saturday: "09:00-13:00", sunday: null },
    customers: 25,
  },
  {
    industry: "hardware",
    name: "Jenga Bora Hardware",
    subdomain: "jenga-bora",
    town: "malindi",
    address: "Lamu Road, opposite the bus park",
    postalCode: "80200",
    latitude: "-3.21920000",
    longitude: "40.11690000",
    phone: "+254757118264",
    salesRep: "mombasa",
    supported: false,
    lifecycle: {
      status: "canceled",
      plan: "starter",
      payments: 6,
      lastPaidDaysAgo: 52,
      trialDaysUsed: 13,
      changes: [],
      paymentMethod: "mpesa",
      canceled: {
        daysAgo: 30,
        reason: "Moving the shop to Kilifi; will decide on Aizalo after the move",
      },
      duplicatePaymentAt: 2,
    },
    team: {
      owner: "Rashid Mohamed",
      admin: "Amina Charo",
      staff: "Joseph Katana",
      viewer: "Rehema Baya",
    },
    template: "jenga-supplies",
    websitePublished: false,
    brand: {
      primary: "#c2410c",
      accent: "#374151",
      headingFont: "Montserrat",
      bodyFont: "Roboto",
      tagline: "Everything to build, delivered",
    },
    aiTone: "friendly",
    languages: ["en", "sw"],
    hours: { weekdays: "07:30-18:00", saturday: "07:30-17:00", sunday: null },
    customers: 30,
  },
  {
    industry: "tech",
    name: "Kilele Tech Hub",
    subdomain: "kilele-tech",
    town: "nairobi",
    address: "Luthuli Avenue, Kilele Plaza 1st floor",
    postalCode: "00100",
    latitude: "-1.28330000",
    longitude: "36.82670000",
    phone: "+254798226341",
    salesRep: "nairobi",
    supported: true,
    lifecycle: { status: "trial", createdDaysAgo: 6, plan: "starter" },
    team: {
      owner: "Ian Mwangi",
      admin: "Cynthia Kendi",
      staff: "Felix Ochieng",
      viewer: "Winnie Mumbua",
    },
    template: "tech-duka",
    websitePublished: true,
    brand: {
      primary: "#0891b2",
      accent: "#22c55e",
      headingFont: "Space Grotesk",
      bodyFont: "Inter",
      tagline: "Repairs, gadgets and honest advice",
    },
    aiTone: "friendly",
    languages: ["en", "sw", "sheng"],
    hours: { weekdays: "08:00-19:00", saturday: "09:00-18:00", sunday: null },
    customers: 26,
  },
];

/** What the platform knows about its own staff (fictional people). */
export const PLATFORM_STAFF = {
  owner: { fullName: "Njambi Kariuki", phone: "+254712604417" },
  admin: { fullName: "Brian Otieno", phone: "+254722381950" },
  support: { fullName: "Mercy Wanjala", phone: "+254700918273" },
  sales: {
    nairobi: { fullName: "Kevin Mwangi", phone: "+254715330962", city: "Nairobi" },
    mombasa: { fullName: "Fatuma Abdalla", phone: "+254741275508", city: "Mombasa" },
    kisumu: { fullName: "Collins Ouma", phone: "+254796402716", city: "Kisumu" },
  },
} as const;

export const TERRITORIES: readonly Territory[] = ["nairobi", "mombasa", "kisumu"];
