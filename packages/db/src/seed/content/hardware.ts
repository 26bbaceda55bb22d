import type { IndustryContent } from "./types";

export const hardware: IndustryContent = {
  industry: "hardware",
  offerings: [
    { name: "Cement, 50 kg bag", price: 780 },
    { name: "Iron sheet, gauge 30", price: 950 },
    { name: "Y12 steel bar", price: 1150 },
    { name: "Water tank, 5,000 litres", price: 42000 },
    { name: "Exterior paint, 20 litres", price: 9500 },
    { name: "PVC pipe, 4-inch", price: 1400 },
    { name: "Roofing nails, 1 kg", price: 250 },
  ],
  customerTags: ["contractor", "fundi", "homeowner", "credit-account", "bulk-buyer", "delivery"],
  acquisitionChannels: [
    ["walk-in", 6],
    ["referral", 3],
    ["whatsapp", 3],
    ["facebook", 1],
    ["roadside-banner", 1],
  ],
  dialogues: [
    {
      language: "en",
      offering: "Cement, 50 kg bag",
      turns: [
        {
          from: "customer",
          text: "Hi, what's your price for 50 bags of cement delivered to Watamu?",
        },
        {
          from: "business",
          text: "Hi {name}, {offering} is {price}; for 50 bags, delivery to Watamu is free.",
        },
        { from: "customer", text: "Can you also quote 40 iron sheets, gauge 30?" },
        { from: "business", text: "Yes, KES 950 per sheet. I'll send a full quotation here now." },
        { from: "customer", text: "Okay, send the quotation." },
      ],
    },
    {
      language: "sw",
      offering: "Water tank, 5,000 litres",
      turns: [
        { from: "customer", text: "Habari, tanki la lita 5,000 mnalo?" },
        {
          from: "business",
          text: "Habari {name}, lipo. Tanki ni {price}, na tunalileta hadi nyumbani kwako.",
        },
        { from: "customer", text: "Mnakubali nilipe nusu kwanza?" },
        {
          from: "business",
          text: "Ndiyo, kwa wateja wa mkopo tunakubali nusu, salio ndani ya siku 30.",
        },
      ],
    },
    {
      language: "sheng",
      offering: "Y12 steel bar",
      turns: [
        { from: "customer", text: "Fundi hapa, mko na Y12 za kutosha? Nataka 60." },
        {
          from: "business",
          text: "Ziko {name}! {offering} ni {price} kila moja, kwa 60 tunakupea discount.",
        },
        { from: "customer", text: "Poa, natuma pesa na M-Pesa sai." },
        { from: "business", text: "Sawa, lorry itatoka saa nane." },
      ],
    },
  ],
  campaigns: [
    {
      name: "Building Season Cement Offer",
      type: "whatsapp",
      channels: ["whatsapp", "sms"],
      language: "sw",
      message:
        "Msimu wa ujenzi: saruji KES 760 kwa mfuko ukinunua mifuko 20 au zaidi. Tunaleta bure Malindi mjini.",
      audienceTags: ["contractor", "homeowner"],
      budget: 6000,
    },
    {
      name: "Contractor Credit Accounts",
      type: "nurture",
      channels: ["email", "whatsapp"],
      language: "en",
      message: "Registered contractors can now buy on 30-day credit. Ask us for the form.",
      audienceTags: ["contractor", "credit-account"],
      budget: 4000,
    },
    {
      name: "Rainy Season Roofing",
      type: "sms",
      channels: ["sms"],
      language: "sw",
      message: "Mvua inakuja! Mabati gauge 30 kwa KES 920 na misumari bure kwa kila mabati 20.",
      audienceTags: ["homeowner", "fundi"],
      budget: 3000,
    },
    {
      name: "Free Water Tank Delivery",
      type: "whatsapp",
      channels: ["whatsapp"],
      language: "sheng",
      message: "Tank za 5,000L tunadeliver free Malindi, Watamu na Gede wiki hii. Book yako.",
      audienceTags: ["homeowner", "delivery"],
      budget: 5000,
    },
    {
      name: "Festive Paint Offer",
      type: "social",
      channels: ["facebook"],
      language: "en",
      message: "Freshen up your home for the holidays: 10% off exterior paint, 20-litre tins.",
      audienceTags: ["homeowner"],
      budget: 7000,
    },
  ],
  reviews: [
    { rating: 5, body: "Delivered 80 bags of cement to site the same afternoon." },
    { rating: 4, body: "Good prices for contractors and they keep proper receipts." },
    { rating: 5, body: "Their credit account helped me finish my client's house on time." },
    { rating: 3, body: "Had everything I needed, but the queue at the till was long." },
    { rating: 4, body: "Honest advice on which tank to buy." },
  ],
  bookingServices: [
    "Site delivery: cement and ballast",
    "Water tank delivery and installation",
    "Quotation visit for a new house",
    "Bulk iron sheets delivery",
  ],
  bookingsHavePartySize: false,
  leadNotes: [
    "Contractor building 4 maisonettes in Watamu, wants a supply quotation.",
    "Hotel renovation needs 200 litres of paint.",
    "School building a dormitory, asking for credit terms.",
    "Homeowner wants a roofing package for a 3-bedroom.",
    "Fundi asking for a trade discount on plumbing fittings.",
  ],
  lostReasons: [
    "Buying from a wholesaler in Mombasa",
    "Project stalled for lack of funds",
    "Credit terms not approved",
  ],
  internalNotes: [
    "Contractor's credit limit is KES 150,000; balance due on the 30th.",
    "Deliver before noon, the site closes early on Saturdays.",
    "Customer asked for an eTIMS invoice.",
  ],
};
