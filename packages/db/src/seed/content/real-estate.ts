import type { IndustryContent } from "./types";

export const realEstate: IndustryContent = {
  industry: "real_estate",
  offerings: [
    { name: "2-bedroom apartment in Kilimani (rent per month)", price: 85000 },
    { name: "1-bedroom apartment in Kileleshwa (rent per month)", price: 55000 },
    { name: "Bedsitter in Ruaka (rent per month)", price: 18000 },
    { name: "3-bedroom maisonette in Syokimau (for sale)", price: 12500000 },
    { name: "Eighth-acre plot in Kitengela (for sale)", price: 1800000 },
    { name: "Property management (per unit per month)", price: 3500 },
  ],
  customerTags: ["tenant", "buyer", "landlord", "diaspora", "investor", "first-home"],
  acquisitionChannels: [
    ["property-portal", 4],
    ["whatsapp", 3],
    ["facebook", 3],
    ["referral", 3],
    ["site-board", 2],
    ["website", 2],
  ],
  dialogues: [
    {
      language: "en",
      offering: "2-bedroom apartment in Kilimani (rent per month)",
      turns: [
        { from: "customer", text: "Hi, is the 2-bedroom in Kilimani still available?" },
        {
          from: "business",
          text: "Hi {name}, yes it is: {offering} at {price}, with parking, a backup generator and borehole water.",
        },
        { from: "customer", text: "Can I view it on Saturday morning?" },
        { from: "business", text: "Sure, Saturday at 10am. Our agent will meet you at the gate." },
        { from: "customer", text: "Okay. What's the deposit?" },
        {
          from: "business",
          text: "Two months' deposit plus the first month's rent. We'll share the tenancy agreement after the viewing.",
        },
      ],
    },
    {
      language: "sw",
      offering: "Bedsitter in Ruaka (rent per month)",
      turns: [
        { from: "customer", text: "Habari, mna bedsitter Ruaka chini ya elfu ishirini?" },
        {
          from: "business",
          text: "Habari {name}, ndiyo: {offering} kwa {price}, maji ya kutosha na ulinzi saa 24.",
        },
        { from: "customer", text: "Naweza kuiona kesho?" },
        {
          from: "business",
          text: "Ndiyo, kesho saa nane mchana. Tutakutumia location kwa WhatsApp.",
        },
      ],
    },
    {
      language: "sheng",
      offering: "Eighth-acre plot in Kitengela (for sale)",
      turns: [
        { from: "customer", text: "Niaje, hiyo plot ya Kitengela iko na title?" },
        {
          from: "business",
          text: "Iko na title deed safi {name}. {offering} ni {price}, tunaweza ongea payment plan.",
        },
        { from: "customer", text: "Sawa, naeza enda site visit weekend?" },
        {
          from: "business",
          text: "Fiti, tuna site visit Jumamosi saa tatu, tutakupick Kitengela stage.",
        },
      ],
    },
    {
      language: "en",
      offering: "Property management (per unit per month)",
      turns: [
        {
          from: "customer",
          text: "Hello, I live in the UK and own 6 units in Syokimau. Do you manage properties?",
        },
        {
          from: "business",
          text: "Hello {name}, yes. {offering} is {price}: rent collection, repairs and a monthly statement.",
        },
        { from: "customer", text: "How do tenants pay?" },
        {
          from: "business",
          text: "Through M-Pesa paybill with their unit number as the account, so every payment is traceable.",
        },
        { from: "customer", text: "Sounds good, please send me the management agreement." },
      ],
    },
  ],
  campaigns: [
    {
      name: "January Move-in Offers",
      type: "acquisition",
      channels: ["facebook", "whatsapp"],
      language: "en",
      message:
        "New year, new home: move in this January and pay no agency fee on selected Kilimani units.",
      audienceTags: ["tenant"],
      budget: 30000,
    },
    {
      name: "Kitengela Plots Payment Plan",
      type: "nurture",
      channels: ["whatsapp", "sms"],
      language: "sw",
      message:
        "Miliki ploti Kitengela kwa malipo ya miezi 12. Amana ni KES 200,000 tu. Jibu PLOTI kwa site visit.",
      audienceTags: ["investor", "first-home"],
      budget: 18000,
    },
    {
      name: "Landlord Management Service",
      type: "email",
      channels: ["email"],
      language: "en",
      message:
        "Let us handle your tenants: rent collection on M-Pesa, repairs and a monthly statement for KES 3,500 per unit.",
      audienceTags: ["landlord", "diaspora"],
      budget: 10000,
    },
    {
      name: "Ruaka Bedsitters Open Day",
      type: "whatsapp",
      channels: ["whatsapp"],
      language: "sheng",
      message:
        "Open day Ruaka Jumamosi hii! Bedsitters from 16k, maji iko, security iko. Kam ucheki.",
      audienceTags: ["tenant"],
      budget: 6000,
    },
    {
      name: "Diaspora Investors Webinar",
      type: "email",
      channels: ["email"],
      language: "en",
      message:
        "Buying property back home from abroad? Join our free webinar on title checks and payment plans.",
      audienceTags: ["diaspora", "investor"],
      budget: 15000,
    },
  ],
  reviews: [
    {
      rating: 5,
      body: "Found a 2-bedroom in Kilimani within a week. The agent was honest about everything.",
    },
    {
      rating: 5,
      body: "They manage my units while I'm in Dubai. Statements every month, no stories.",
    },
    { rating: 4, body: "Good service, though the first viewing was rescheduled twice." },
    { rating: 4, body: "Title search for our Kitengela plot was done quickly." },
    { rating: 2, body: "Deposit refund took six weeks after I moved out." },
  ],
  bookingServices: [
    "Viewing: 2-bedroom, Kilimani",
    "Site visit: Kitengela plots",
    "Viewing: bedsitter, Ruaka",
    "Valuation of a 3-bedroom in Syokimau",
  ],
  bookingsHavePartySize: false,
  leadNotes: [
    "Couple looking for a 2-bedroom near Yaya Centre, budget 80k.",
    "Diaspora buyer in Germany asking about Syokimau maisonettes.",
    "Landlord with 10 units in Ruaka wants management quotation.",
    "First-time buyer needs a payment plan for a Kitengela plot.",
    "Student group asking for shared bedsitters near campus.",
  ],
  lostReasons: [
    "Found a house through a relative",
    "Could not raise the deposit",
    "Chose a developer's direct offer",
  ],
  internalNotes: [
    "Client is serious: pre-approved for a mortgage.",
    "Landlord wants viewing only after 5pm on weekdays.",
    "Check the title search before the site visit.",
  ],
};
