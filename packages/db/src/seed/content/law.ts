import type { IndustryContent } from "./types";

export const law: IndustryContent = {
  industry: "law",
  offerings: [
    { name: "Initial consultation", price: 3000 },
    { name: "Land search and transfer", price: 25000 },
    { name: "Will drafting", price: 15000 },
    { name: "Succession filing", price: 40000 },
    { name: "Employment dispute advice", price: 10000 },
    { name: "Company registration", price: 18000 },
    { name: "Sale agreement review", price: 8000 },
  ],
  customerTags: ["client", "land", "succession", "employment", "business", "family"],
  acquisitionChannels: [
    ["referral", 6],
    ["walk-in", 3],
    ["google", 2],
    ["facebook", 1],
    ["radio", 1],
    ["website", 2],
  ],
  dialogues: [
    {
      language: "en",
      offering: "Initial consultation",
      turns: [
        {
          from: "customer",
          text: "Good afternoon, I need help transferring my late father's land.",
        },
        {
          from: "business",
          text: "Good afternoon {name}, sorry for your loss. That is a succession matter; we start with an {offering} ({price}) to review the documents.",
        },
        { from: "customer", text: "What documents should I bring?" },
        {
          from: "business",
          text: "The death certificate, the title deed or an official search, and the IDs of the beneficiaries.",
        },
        { from: "customer", text: "Can I come on Tuesday?" },
        { from: "business", text: "Tuesday at 10am is available. We'll confirm by SMS." },
      ],
    },
    {
      language: "sw",
      offering: "Will drafting",
      turns: [
        { from: "customer", text: "Habari, nataka kuandika wosia. Gharama ni kiasi gani?" },
        {
          from: "business",
          text: "Habari {name}, kuandaa wosia ni {price}, pamoja na ushauri na kuhifadhi nakala.",
        },
        { from: "customer", text: "Inachukua muda gani?" },
        { from: "business", text: "Siku tatu baada ya mkutano wa kwanza." },
      ],
    },
    {
      language: "sheng",
      offering: "Employment dispute advice",
      turns: [
        { from: "customer", text: "Sasa, boss amenifuta kazi bila notice. Naeza fanya nini?" },
        {
          from: "business",
          text: "Pole sana {name}. Unaweza kuwa na claim ya unfair termination. {offering} ni {price}, tutaangalia contract yako.",
        },
        { from: "customer", text: "Poa, nikuje na contract na payslips?" },
        { from: "business", text: "Ndiyo, kuja na hizo na barua ya kufutwa kazi." },
      ],
    },
  ],
  campaigns: [
    {
      name: "Free Land Clinic Saturday",
      type: "acquisition",
      channels: ["sms", "whatsapp"],
      language: "sw",
      message:
        "Kliniki ya ardhi bila malipo Jumamosi hii: uliza kuhusu hati miliki, urithi na mauzo ya ardhi.",
      audienceTags: ["land", "family"],
      budget: 6000,
    },
    {
      name: "Write Your Will Month",
      type: "email",
      channels: ["email"],
      language: "en",
      message:
        "Protect your family: have your will drafted and stored safely for KES 15,000 this month.",
      audienceTags: ["family", "client"],
      budget: 5000,
    },
    {
      name: "Employment Rights Q&A",
      type: "social",
      channels: ["facebook"],
      language: "en",
      message:
        "Lost your job without notice? Join our live Q&A on employment rights this Thursday at 7pm.",
      audienceTags: ["employment"],
      budget: 4000,
    },
    {
      name: "Succession Made Simple",
      type: "whatsapp",
      channels: ["whatsapp"],
      language: "sw",
      message:
        "Mirathi bila usumbufu: tunakuongoza hatua kwa hatua hadi kupata hati. Jibu MIRATHI.",
      audienceTags: ["succession"],
      budget: 5000,
    },
    {
      name: "Business Registration Help",
      type: "email",
      channels: ["email"],
      language: "en",
      message:
        "Starting a company? We register it, draft the shareholders' agreement and file with KRA.",
      audienceTags: ["business"],
      budget: 7000,
    },
  ],
  reviews: [
    { rating: 5, body: "They handled my mother's succession case patiently and kept me updated." },
    { rating: 4, body: "Clear advice on my land purchase. The search saved me from a fake title." },
    { rating: 5, body: "Registered our company in a week, including the KRA PIN." },
    { rating: 3, body: "Good lawyers but hard to reach on the phone." },
    { rating: 4, body: "Fair fees, explained in writing before we started." },
  ],
  bookingServices: [
    "Initial consultation",
    "Land transfer consultation",
    "Will drafting meeting",
    "Company registration meeting",
  ],
  bookingsHavePartySize: false,
  leadNotes: [
    "Family of the deceased wants succession filed for land in Mumias.",
    "Small business wants contracts reviewed monthly.",
    "Buyer needs a sale agreement for a plot in Lurambi.",
    "Dismissed employee, possible unfair termination claim.",
    "Church wants its land title regularised.",
  ],
  lostReasons: [
    "Family settled the matter at home",
    "Chose a firm in Kisumu",
    "Could not afford the fees",
  ],
  internalNotes: [
    "Conflict check done: no conflict.",
    "Client to bring the original title on Tuesday.",
    "Court mention date to be confirmed with the registry.",
  ],
};
