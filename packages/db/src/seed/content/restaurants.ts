import type { IndustryContent } from "./types";

export const restaurants: IndustryContent = {
  industry: "restaurants",
  offerings: [
    { name: "Whole tilapia wet fry with ugali", price: 900 },
    { name: "Nyama choma, 1 kg goat", price: 1400 },
    { name: "Chicken stew with chapati", price: 550 },
    { name: "Family platter (serves 4)", price: 3200 },
    { name: "Chai and mandazi breakfast", price: 150 },
    { name: "Outside catering (per guest)", price: 900 },
  ],
  customerTags: ["regular", "delivery", "family", "office-lunch", "events", "fish-lover"],
  acquisitionChannels: [
    ["walk-in", 5],
    ["whatsapp", 3],
    ["referral", 3],
    ["facebook", 2],
    ["tiktok", 1],
    ["google", 1],
  ],
  dialogues: [
    {
      language: "en",
      offering: "Whole tilapia wet fry with ugali",
      turns: [
        { from: "customer", text: "Hello, can I book a table for six on Saturday at 7pm?" },
        {
          from: "business",
          text: "Hi {name}! Yes, a table for six on Saturday at 7pm is reserved under your name.",
        },
        { from: "customer", text: "Do you have whole tilapia? Two of my guests don't eat meat." },
        {
          from: "business",
          text: "Yes, fresh from Dunga beach every morning: {offering} is {price}. We also have sukuma and managu.",
        },
        { from: "customer", text: "Perfect, see you Saturday." },
      ],
    },
    {
      language: "sw",
      offering: "Whole tilapia wet fry with ugali",
      turns: [
        { from: "customer", text: "Habari, mnaleta chakula Milimani?" },
        {
          from: "business",
          text: "Ndiyo {name}, tunafika Milimani ndani ya dakika 40. Ungependa kuagiza nini?",
        },
        { from: "customer", text: "Samaki mzima mmoja na ugali mbili." },
        {
          from: "business",
          text: "Sawa, {offering} ni {price}, na delivery ni bure. Lipa kwa M-Pesa ukipokea.",
        },
        { from: "customer", text: "Asante, tafadhali haraka kidogo." },
      ],
    },
    {
      language: "sheng",
      offering: "Nyama choma, 1 kg goat",
      turns: [
        { from: "customer", text: "Mse, leo kuna nyama choma ama imeisha?" },
        {
          from: "business",
          text: "Iko bado {name}! {offering} ni {price}, inakam na kachumbari na ugali.",
        },
        { from: "customer", text: "Poa, nibookie table ya watu wanne saa mbili." },
        { from: "business", text: "Sawa, table iko ready. Karibu!" },
      ],
    },
    {
      language: "en",
      offering: "Outside catering (per guest)",
      turns: [
        {
          from: "customer",
          text: "Hi, do you cater for graduation parties? About 80 guests in Riat.",
        },
        {
          from: "business",
          text: "Hello {name}, yes we do. {offering} is {price} for a full buffet with fish, chicken and pilau.",
        },
        { from: "customer", text: "Can we do a tasting first?" },
        {
          from: "business",
          text: "Of course, come any weekday after 3pm and ask for the manager.",
        },
      ],
    },
  ],
  campaigns: [
    {
      name: "Fish Friday",
      type: "whatsapp",
      channels: ["whatsapp", "sms"],
      language: "sw",
      message: "Ijumaa ya Samaki! Samaki mzima na ugali kwa KES 800 leo pekee. Karibu!",
      audienceTags: ["fish-lover", "regular"],
      budget: 5000,
    },
    {
      name: "Office Lunch Delivery",
      type: "acquisition",
      channels: ["sms", "whatsapp"],
      language: "en",
      message:
        "Lunch delivered to your office in Milimani and the CBD by 1pm. Order before 11am on WhatsApp.",
      audienceTags: ["office-lunch", "delivery"],
      budget: 7000,
    },
    {
      name: "Family Sunday Platter",
      type: "retention",
      channels: ["whatsapp"],
      language: "en",
      message:
        "Sunday is family day: our platter for four is KES 2,800 this month. Reply SUNDAY to book a table.",
      audienceTags: ["family"],
      budget: 4000,
    },
    {
      name: "Weekend Match Nyama Choma",
      type: "social",
      channels: ["facebook", "instagram"],
      language: "sheng",
      message: "Match ya weekend? Kam ucheki na nyama choma 1kg na soda mbili kwa 1,600 bob.",
      audienceTags: ["regular"],
      budget: 6000,
    },
    {
      name: "Catering for Graduations",
      type: "nurture",
      channels: ["email", "whatsapp"],
      language: "en",
      message:
        "Graduation season is here. Let us feed your guests: buffets from KES 900 per guest.",
      audienceTags: ["events"],
      budget: 5000,
    },
  ],
  reviews: [
    { rating: 5, body: "The tilapia tastes like my grandmother's. Ugali was soft and hot." },
    { rating: 5, body: "Ordered on WhatsApp and the food arrived hot in 30 minutes." },
    { rating: 4, body: "Great nyama choma, a bit slow on Saturday evening." },
    {
      rating: 4,
      body: "They catered our graduation party for 100 people. Everyone asked for their number.",
    },
    { rating: 3, body: "Food was good but parking is hard to find." },
  ],
  bookingServices: [
    "Table for 6, dinner",
    "Birthday table for 10",
    "Office lunch for 15",
    "Graduation catering, 80 guests",
  ],
  bookingsHavePartySize: true,
  leadNotes: [
    "Wants catering quotation for a wedding in Riat, 150 guests.",
    "Office in Milimani asking for daily lunch delivery for 12 staff.",
    "Church committee fundraiser, needs 200 plates of pilau.",
    "Asked about hosting a birthday dinner upstairs.",
    "School wants a weekly fish supply for the staff room.",
  ],
  lostReasons: [
    "Went with a caterer in Kisumu town",
    "Budget too low for full buffet",
    "Event cancelled",
  ],
  internalNotes: [
    "Regular customer: always asks for extra pilipili.",
    "Paid on M-Pesa, confirm with cashier before dispatch.",
    "Delivery rider to call on arrival, gate is locked after 8pm.",
  ],
};
