import type { IndustryContent } from "./types";

export const carDealers: IndustryContent = {
  industry: "car_dealers",
  offerings: [
    { name: "Toyota Fielder 2016", price: 1350000 },
    { name: "Mazda Demio 2015", price: 780000 },
    { name: "Subaru Forester 2015", price: 1750000 },
    { name: "Toyota Prado TX 2014", price: 4200000 },
    { name: "Nissan Note 2016", price: 850000 },
    { name: "Logbook transfer service", price: 5000 },
  ],
  customerTags: ["first-car", "trade-in", "financing", "cash-buyer", "fleet", "returning"],
  acquisitionChannels: [
    ["walk-in", 4],
    ["facebook", 3],
    ["car-portal", 3],
    ["whatsapp", 3],
    ["referral", 2],
    ["radio", 1],
  ],
  dialogues: [
    {
      language: "en",
      offering: "Toyota Fielder 2016",
      turns: [
        { from: "customer", text: "Hello, is the Toyota Fielder 2016 still in the yard?" },
        {
          from: "business",
          text: "Hi {name}, yes! {offering}, 1500cc, 78,000 km, asking {price}.",
        },
        { from: "customer", text: "Do you accept trade-ins? I have a 2012 Vitz." },
        {
          from: "business",
          text: "Yes, bring it for a free valuation. We can also arrange bank or SACCO financing.",
        },
        { from: "customer", text: "I'll come for a test drive on Thursday." },
        {
          from: "business",
          text: "Thursday 11am is booked for you. Please bring your driving licence.",
        },
      ],
    },
    {
      language: "sw",
      offering: "Mazda Demio 2015",
      turns: [
        { from: "customer", text: "Habari, Demio ya 2015 ni bei gani ya mwisho?" },
        {
          from: "business",
          text: "Habari {name}, {offering} ni {price}. Tunaweza kupunguza kidogo ukilipa taslimu.",
        },
        { from: "customer", text: "Inaweza kulipwa kwa awamu?" },
        {
          from: "business",
          text: "Ndiyo, tunashirikiana na SACCO na benki. Amana ni asilimia 30.",
        },
      ],
    },
    {
      language: "sheng",
      offering: "Subaru Forester 2015",
      turns: [
        { from: "customer", text: "Boss, hiyo Forester iko fiti? Haijawahi guswa?" },
        {
          from: "business",
          text: "Iko fiti kabisa {name}. {offering}, service history iko, ni {price}.",
        },
        { from: "customer", text: "Naeza kuja kuicheki kesho?" },
        { from: "business", text: "Kuja tu, tuko yard from 8 asubuhi." },
        { from: "customer", text: "Poa, nitakam na fundi wangu." },
      ],
    },
  ],
  campaigns: [
    {
      name: "Trade-in Week",
      type: "acquisition",
      channels: ["whatsapp", "facebook"],
      language: "en",
      message:
        "Bring your old car this week: free valuation and up to KES 50,000 extra on your trade-in.",
      audienceTags: ["trade-in"],
      budget: 35000,
    },
    {
      name: "Test Drive Saturdays",
      type: "whatsapp",
      channels: ["whatsapp", "sms"],
      language: "sw",
      message: "Kila Jumamosi ni siku ya kujaribu gari! Jibu GARI tukuwekee nafasi.",
      audienceTags: ["first-car", "financing"],
      budget: 9000,
    },
    {
      name: "Service Reminder",
      type: "retention",
      channels: ["sms"],
      language: "en",
      message: "Your car is due for service. Book this week and get a free wheel alignment.",
      audienceTags: ["returning"],
      budget: 4000,
    },
    {
      name: "Financing Made Easy",
      type: "nurture",
      channels: ["email"],
      language: "en",
      message: "Drive home today with 30% deposit: financing through our partner SACCOs and banks.",
      audienceTags: ["financing"],
      budget: 12000,
    },
    {
      name: "Rally Weekend Special",
      type: "social",
      channels: ["facebook", "instagram", "tiktok"],
      language: "sheng",
      message: "Rally iko town! Kam ucheki Subaru zetu, discount ya 50k ukilipa cash.",
      audienceTags: ["cash-buyer"],
      budget: 25000,
    },
  ],
  reviews: [
    { rating: 5, body: "Bought my first car here. They explained the SACCO loan step by step." },
    { rating: 4, body: "Fair trade-in price for my old Vitz, logbook transfer took two weeks." },
    { rating: 5, body: "Honest about the mileage and let my mechanic inspect the car." },
    { rating: 3, body: "Good cars, but the yard was crowded on Saturday." },
    { rating: 4, body: "Quick replies on WhatsApp, even late in the evening." },
  ],
  bookingServices: [
    "Test drive: Toyota Fielder",
    "Trade-in valuation",
    "Test drive: Subaru Forester",
    "Financing consultation",
  ],
  bookingsHavePartySize: false,
  leadNotes: [
    "Teacher looking for a first car under 900k, needs SACCO financing.",
    "Transport company asking for 3 vans for its fleet.",
    "Wants to trade in a 2012 Vitz for a Fielder.",
    "Cash buyer, interested in the Prado, negotiating price.",
    "Asked for photos of the Note's interior.",
  ],
  lostReasons: [
    "Bought from an importer in Mombasa",
    "Loan was not approved",
    "Decided to keep the old car",
  ],
  internalNotes: [
    "Customer's SACCO loan approved, prepare the sale agreement.",
    "Trade-in Vitz valued at 520k, needs new tyres.",
    "Call back after payday (end of month).",
  ],
};
