import type { IndustryContent } from "./types";

export const beauty: IndustryContent = {
  industry: "beauty",
  offerings: [
    { name: "Knotless braids (medium)", price: 4500 },
    { name: "Gel manicure", price: 1200 },
    { name: "Pedicure", price: 1000 },
    { name: "Bridal makeup", price: 8000 },
    { name: "Facial", price: 2500 },
    { name: "Wash and blow-dry", price: 800 },
    { name: "Dreadlocks retouch", price: 1500 },
  ],
  customerTags: ["regular", "bride", "braids", "nails", "spa", "student"],
  acquisitionChannels: [
    ["instagram", 5],
    ["walk-in", 3],
    ["referral", 3],
    ["tiktok", 2],
    ["whatsapp", 2],
    ["facebook", 1],
  ],
  dialogues: [
    {
      language: "en",
      offering: "Knotless braids (medium)",
      turns: [
        { from: "customer", text: "Hi, do you have a slot for knotless braids tomorrow?" },
        {
          from: "business",
          text: "Hi {name}! Yes, 9am is free. {offering} is {price}, hair included.",
        },
        { from: "customer", text: "How long does it take?" },
        { from: "business", text: "About five hours. We have Wi-Fi and tea while you wait." },
        { from: "customer", text: "Book me please." },
        { from: "business", text: "Booked! We'll send you a reminder this evening." },
      ],
    },
    {
      language: "sw",
      offering: "Gel manicure",
      turns: [
        { from: "customer", text: "Habari, bei ya gel manicure na pedicure ni ngapi?" },
        {
          from: "business",
          text: "Habari {name}, {offering} ni {price} na pedicure ni KES 1,000. Ukifanya zote mbili unapata punguzo la KES 200.",
        },
        { from: "customer", text: "Sawa, nitakuja Jumamosi saa nne." },
        { from: "business", text: "Karibu! Tumekuandikia Jumamosi saa nne." },
      ],
    },
    {
      language: "sheng",
      offering: "Bridal makeup",
      turns: [
        { from: "customer", text: "Sasa, mko na offer ya bridal makeup mwezi huu?" },
        {
          from: "business",
          text: "Tuko nayo {name}! {offering} ni {price}, na trial session ni free.",
        },
        { from: "customer", text: "Fiti sana, nitawaleta bridesmaids pia." },
        { from: "business", text: "Poa, tuma date ya harusi tukuwekee nafasi." },
        { from: "customer", text: "Ni tarehe mbili mwezi ujao." },
      ],
    },
  ],
  campaigns: [
    {
      name: "Back-to-School Braids",
      type: "whatsapp",
      channels: ["whatsapp"],
      language: "sheng",
      message: "Schools zinafungua! Braids za watoto from 1,500 bob wiki hii pekee. Book mapema.",
      audienceTags: ["braids", "regular"],
      budget: 5000,
    },
    {
      name: "Bridal Season Packages",
      type: "social",
      channels: ["instagram", "whatsapp"],
      language: "en",
      message:
        "Getting married this season? Bridal makeup, hair and nails for the whole party, with a free trial session.",
      audienceTags: ["bride"],
      budget: 15000,
    },
    {
      name: "Mother's Day Spa Treat",
      type: "sms",
      channels: ["sms", "whatsapp"],
      language: "sw",
      message:
        "Mpe mama zawadi ya spa: facial na pedicure kwa KES 3,000 tu. Jibu MAMA kuweka nafasi.",
      audienceTags: ["spa", "regular"],
      budget: 6000,
    },
    {
      name: "Fifth Visit Free Blow-dry",
      type: "retention",
      channels: ["whatsapp"],
      language: "en",
      message:
        "Thank you for coming back! Your fifth visit this month comes with a free wash and blow-dry.",
      audienceTags: ["regular"],
      budget: 3000,
    },
    {
      name: "Men's Grooming Launch",
      type: "acquisition",
      channels: ["facebook", "instagram"],
      language: "en",
      message: "Gents, we see you: haircuts, beard trims and facials, now at the lounge.",
      audienceTags: ["spa"],
      budget: 10000,
    },
  ],
  reviews: [
    { rating: 5, body: "My knotless braids lasted six weeks and looked neat the whole time." },
    { rating: 5, body: "They did makeup for me and six bridesmaids. Everyone looked amazing." },
    { rating: 4, body: "Lovely pedicure. A little wait even with a booking." },
    { rating: 5, body: "Booking on WhatsApp is so easy, they remind you the day before." },
    { rating: 3, body: "Good manicure but the music was too loud." },
  ],
  bookingServices: [
    "Knotless braids",
    "Bridal makeup trial",
    "Gel manicure and pedicure",
    "Facial",
  ],
  bookingsHavePartySize: false,
  leadNotes: [
    "Bride with 5 bridesmaids, wedding in two months.",
    "Corporate office wants a monthly nail day for staff.",
    "Student asking for braids discount for a group of 4.",
    "Asked about a salon chair rental for her own clients.",
    "Mother and daughter spa day for a birthday.",
  ],
  lostReasons: ["Went to a salon closer to home", "Wedding date moved", "Price above budget"],
  internalNotes: [
    "Sensitive scalp, use the mild relaxer only.",
    "Deposit of KES 2,000 received for the bridal package.",
    "Prefers Esther as her stylist.",
  ],
};
