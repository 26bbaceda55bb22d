import type { IndustryContent } from "./types";

export const hotels: IndustryContent = {
  industry: "hotels",
  offerings: [
    { name: "Sea-view double room (per night)", price: 9500 },
    { name: "Garden standard room (per night)", price: 6500 },
    { name: "Family cottage (per night)", price: 16000 },
    { name: "Coast Getaway package (2 nights, half board)", price: 24000 },
    { name: "Conference day package (per person)", price: 3500 },
    { name: "Honeymoon suite (per night)", price: 18500 },
  ],
  customerTags: ["repeat-guest", "family", "corporate", "honeymoon", "resident", "vip"],
  acquisitionChannels: [
    ["booking-site", 4],
    ["whatsapp", 4],
    ["referral", 3],
    ["instagram", 2],
    ["walk-in", 1],
    ["google", 2],
  ],
  dialogues: [
    {
      language: "en",
      offering: "Sea-view double room (per night)",
      turns: [
        {
          from: "customer",
          text: "Hi, do you have a double room from Friday to Sunday? Two adults.",
        },
        {
          from: "business",
          text: "Hello {name}! Yes, we have a sea-view double for Friday to Sunday at {price} per night, breakfast included. Shall I hold it for you?",
        },
        { from: "customer", text: "Is the pool open to guests, and do you do airport pickup?" },
        {
          from: "business",
          text: "The pool is open 7am to 7pm, and pickup from Moi International Airport is KES 2,500 one way.",
        },
        { from: "customer", text: "Great, please book it. I'll pay the deposit by M-Pesa." },
        {
          from: "business",
          text: "Done! Please pay the 30% deposit to our paybill and share the M-Pesa message here. Karibu {business}!",
        },
      ],
    },
    {
      language: "sw",
      offering: "Family cottage (per night)",
      turns: [
        { from: "customer", text: "Habari, mna chumba cha familia wikendi hii? Tuko wanne." },
        {
          from: "business",
          text: "Salama {name}! Ndiyo, tuna {offering} kwa {price}, pamoja na kiamsha kinywa.",
        },
        { from: "customer", text: "Je, watoto chini ya miaka sita wanalipa?" },
        {
          from: "business",
          text: "Watoto chini ya miaka sita hawalipi wakilala chumba kimoja na wazazi.",
        },
        { from: "customer", text: "Asante, nitalipa amana kwa M-Pesa leo jioni." },
        { from: "business", text: "Karibu sana! Tutakutumia uthibitisho ukishalipa." },
      ],
    },
    {
      language: "sheng",
      offering: "Coast Getaway package (2 nights, half board)",
      turns: [
        { from: "customer", text: "Niaje, mko na offer ya weekend ya couples?" },
        {
          from: "business",
          text: "Poa sana {name}! Tuko na {offering} kwa {price}, inakam na breakfast na dinner.",
        },
        { from: "customer", text: "Iko fiti. Naeza lipa half sai na half nikifika?" },
        {
          from: "business",
          text: "Eeh, tuma deposit ya 30% kwa M-Pesa, balance ulipe ukicheck-in.",
        },
        { from: "customer", text: "Sawa, nitatuma jioni." },
      ],
    },
    {
      language: "en",
      offering: "Conference day package (per person)",
      turns: [
        {
          from: "customer",
          text: "Good morning. We need a conference room for 40 people next month, one day.",
        },
        {
          from: "business",
          text: "Good morning {name}. Our {offering} is {price}: hall, projector, two teas and lunch.",
        },
        { from: "customer", text: "Please send a quotation to our procurement office." },
        { from: "business", text: "Sure, the quotation will be on your email within the hour." },
      ],
    },
  ],
  campaigns: [
    {
      name: "Easter Coast Getaway",
      type: "retention",
      channels: ["whatsapp", "email"],
      language: "en",
      message:
        "Karibu tena! Book 3 nights this Easter and the third night is on us. Reply BOOK to reserve.",
      audienceTags: ["repeat-guest", "family"],
      budget: 15000,
    },
    {
      name: "Kenyan Residents Weekend Rates",
      type: "acquisition",
      channels: ["facebook", "instagram"],
      language: "en",
      message:
        "Residents' rates are back: sea-view rooms from KES 8,000 a night with breakfast. Show your ID at check-in.",
      audienceTags: ["resident"],
      budget: 25000,
    },
    {
      name: "Mashujaa Day Long Weekend",
      type: "whatsapp",
      channels: ["whatsapp"],
      language: "sw",
      message:
        "Likizo ndefu ya Mashujaa: lala usiku mbili, upate kiamsha kinywa na chakula cha jioni. Jibu NDIYO tukuwekee chumba.",
      audienceTags: ["family", "resident"],
      budget: 8000,
    },
    {
      name: "Corporate Conference Packages",
      type: "nurture",
      channels: ["email"],
      language: "en",
      message:
        "Plan your next team retreat at the coast: full-day conference packages from KES 3,500 per person.",
      audienceTags: ["corporate"],
      budget: 12000,
    },
    {
      name: "Honeymoon Suite Launch",
      type: "social",
      channels: ["instagram"],
      language: "en",
      message:
        "Our new honeymoon suite is here: ocean views, a private balcony and breakfast in bed.",
      audienceTags: ["honeymoon"],
      budget: 20000,
    },
  ],
  reviews: [
    {
      rating: 5,
      body: "Woke up to the ocean every morning. Staff were so warm, and the breakfast mandazi were the best.",
    },
    {
      rating: 5,
      body: "Booked on WhatsApp in five minutes and the airport pickup was waiting for us.",
    },
    { rating: 4, body: "Lovely pool and clean rooms. Wi-Fi was slow in the garden wing." },
    { rating: 4, body: "Great conference package, our team enjoyed the lunch buffet." },
    { rating: 3, body: "Nice place but check-in took long on a busy Friday." },
  ],
  bookingServices: [
    "Sea-view double room, 2 nights",
    "Family cottage, 3 nights",
    "Conference hall for 30 people",
    "Honeymoon suite, 4 nights",
  ],
  bookingsHavePartySize: true,
  leadNotes: [
    "Asked about a December family booking, 2 cottages.",
    "Company retreat for 25 staff, wants a quotation with transport.",
    "Wedding party looking for 12 rooms in August.",
    "Returning guest, wants the same room as last year.",
    "Travel agent in Nairobi asking for group rates.",
  ],
  lostReasons: [
    "Booked a cheaper place in Diani",
    "Dates fully booked",
    "Trip postponed to next year",
  ],
  internalNotes: [
    "Guest is a returning VIP: offer a late checkout.",
    "Deposit confirmed on M-Pesa, room held until 2pm.",
    "Asked for a ground-floor room (elderly parent).",
  ],
};
