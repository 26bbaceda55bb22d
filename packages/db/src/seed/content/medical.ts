import type { IndustryContent } from "./types";

export const medical: IndustryContent = {
  industry: "medical",
  offerings: [
    { name: "General consultation", price: 1500 },
    { name: "Paediatric consultation", price: 2000 },
    { name: "Malaria test", price: 400 },
    { name: "Full blood count", price: 800 },
    { name: "Antenatal visit", price: 1200 },
    { name: "Dental check-up", price: 2000 },
    { name: "Annual wellness check", price: 4500 },
  ],
  customerTags: ["patient", "family", "antenatal", "insured", "chronic-care", "child"],
  acquisitionChannels: [
    ["walk-in", 5],
    ["referral", 4],
    ["whatsapp", 2],
    ["google", 2],
    ["facebook", 1],
    ["radio", 1],
  ],
  dialogues: [
    {
      language: "en",
      offering: "Paediatric consultation",
      turns: [
        { from: "customer", text: "Good morning, can we see a doctor today? My son has a fever." },
        {
          from: "business",
          text: "Good morning {name}. Yes, there is a slot at 11:30am. A {offering} is {price}.",
        },
        { from: "customer", text: "Do you accept insurance?" },
        {
          from: "business",
          text: "Yes, we accept most medical covers. Please bring the card and your ID.",
        },
        { from: "customer", text: "Thank you, we are on the way." },
        {
          from: "business",
          text: "Please come 15 minutes early to register. Pole sana, we hope he feels better soon.",
        },
      ],
    },
    {
      language: "sw",
      offering: "Malaria test",
      turns: [
        { from: "customer", text: "Habari, mnapima malaria Jumapili?" },
        {
          from: "business",
          text: "Habari {name}, ndiyo, tuko wazi Jumapili saa nne hadi saa kumi. Kipimo cha malaria ni {price}.",
        },
        { from: "customer", text: "Nahitaji miadi?" },
        { from: "business", text: "Hapana, unaweza kuja moja kwa moja. Karibu." },
      ],
    },
    {
      language: "sheng",
      offering: "Dental check-up",
      turns: [
        { from: "customer", text: "Doc, nataka kubook dental check-up, kuna slot wiki hii?" },
        { from: "business", text: "Iko {name}, Alhamisi saa tisa. {offering} ni {price}." },
        { from: "customer", text: "Poa, nibookie." },
        { from: "business", text: "Sawa, umebookiwa. Tutakutumia reminder siku moja kabla." },
      ],
    },
    {
      language: "en",
      offering: "Antenatal visit",
      turns: [
        { from: "customer", text: "Hello, I'm 20 weeks pregnant. Do you do antenatal clinics?" },
        {
          from: "business",
          text: "Congratulations {name}! Yes, every Tuesday and Thursday. An {offering} is {price}, including the scan referral.",
        },
        { from: "customer", text: "Can I come on Tuesday?" },
        {
          from: "business",
          text: "Yes, Tuesday at 9am. Please bring your mother-and-child booklet.",
        },
      ],
    },
  ],
  campaigns: [
    {
      name: "Free Blood Pressure Screening",
      type: "acquisition",
      channels: ["sms", "whatsapp"],
      language: "sw",
      message:
        "Jumamosi hii: kupima shinikizo la damu na sukari bure kati ya saa tatu na saa saba. Karibu na familia.",
      audienceTags: ["family", "chronic-care"],
      budget: 8000,
    },
    {
      name: "Child Immunisation Reminders",
      type: "retention",
      channels: ["sms"],
      language: "sw",
      message: "Kumbusho: mtoto wako anahitaji chanjo wiki hii. Jibu NDIYO tukuwekee nafasi.",
      audienceTags: ["child"],
      budget: 3000,
    },
    {
      name: "Annual Wellness Check",
      type: "nurture",
      channels: ["email", "whatsapp"],
      language: "en",
      message:
        "Know your numbers: a full wellness check with blood tests and a doctor's review for KES 4,500.",
      audienceTags: ["insured", "patient"],
      budget: 10000,
    },
    {
      name: "Dental Week",
      type: "whatsapp",
      channels: ["whatsapp"],
      language: "en",
      message:
        "Dental week: check-up and cleaning for KES 2,500 instead of 3,500. Book on WhatsApp.",
      audienceTags: ["patient", "family"],
      budget: 5000,
    },
    {
      name: "Antenatal Classes",
      type: "whatsapp",
      channels: ["whatsapp"],
      language: "sw",
      message:
        "Madarasa ya kina mama wajawazito kila Jumanne jioni. Jifunze, uliza maswali, karibu.",
      audienceTags: ["antenatal"],
      budget: 4000,
    },
  ],
  reviews: [
    {
      rating: 5,
      body: "The doctor took time to explain everything. My daughter was treated gently.",
    },
    { rating: 5, body: "Short queue, clean clinic and the pharmacy had all the medicine." },
    { rating: 4, body: "Good antenatal care. The lab results took a day longer than promised." },
    { rating: 4, body: "They remind me of my check-ups on SMS, very helpful." },
    { rating: 3, body: "Friendly staff but the waiting area gets hot in the afternoon." },
  ],
  bookingServices: [
    "General consultation",
    "Antenatal visit",
    "Dental check-up",
    "Annual wellness check",
  ],
  bookingsHavePartySize: false,
  leadNotes: [
    "School asking for annual medical checks for 300 pupils.",
    "Company wants a wellness day for 40 staff.",
    "Family of five asking about a yearly check-up package.",
    "Elderly patient needs monthly diabetes reviews.",
    "Insurer's agent asking to add the clinic to their panel.",
  ],
  lostReasons: ["Chose the county hospital", "Insurer not accepted", "Moved to Nakuru"],
  internalNotes: [
    "Patient asked for a female doctor.",
    "Insurance pre-authorisation requested, waiting for reply.",
    "Follow up on lab results by Friday.",
  ],
};
