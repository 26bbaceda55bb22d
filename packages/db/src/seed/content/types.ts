import type { Channel, Industry, Language } from "../../generated/prisma/client";

/** Something a business sells, with its usual price in KES. */
export interface Offering {
  name: string;
  price: number;
}

export interface DialogueTurn {
  from: "customer" | "business";
  /**
   * May hold {name} (the customer's first name), {offering} and {price} (the dialogue's
   * offering), {business}, {address} and {town}.
   */
  text: string;
}

/** A short chat as it happens on WhatsApp and friends, in one language. */
export interface Dialogue {
  language: Language;
  /** The offering the chat is about, by name (one of the industry's offerings). */
  offering?: string;
  turns: readonly DialogueTurn[];
}

export interface CampaignIdea {
  name: string;
  type:
    | "acquisition"
    | "nurture"
    | "retention"
    | "reactivation"
    | "email"
    | "sms"
    | "whatsapp"
    | "social"
    | "multi_channel";
  channels: readonly Channel[];
  language: Language;
  message: string;
  audienceTags: readonly string[];
  /** KES. */
  budget: number;
}

export interface ReviewText {
  rating: 1 | 2 | 3 | 4 | 5;
  body: string;
}

/** What one industry's demo business talks about: the words its demo data is made of. */
export interface IndustryContent {
  industry: Industry;
  offerings: readonly Offering[];
  customerTags: readonly string[];
  /** Where customers first came from, weighted. */
  acquisitionChannels: readonly (readonly [string, number])[];
  dialogues: readonly Dialogue[];
  /** Five ideas; the seed gives them the statuses completed, active, scheduled, paused, draft. */
  campaigns: readonly CampaignIdea[];
  reviews: readonly ReviewText[];
  /** What a website visitor asks to book. */
  bookingServices: readonly string[];
  /** Whether a booking is for a number of people (rooms, tables). */
  bookingsHavePartySize: boolean;
  leadNotes: readonly string[];
  lostReasons: readonly string[];
  /** Notes a team member leaves on a conversation for colleagues. */
  internalNotes: readonly string[];
}
