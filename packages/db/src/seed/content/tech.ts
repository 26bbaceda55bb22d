import type { IndustryContent } from "./types";

export const tech: IndustryContent = {
  industry: "tech",
  offerings: [
    { name: "Phone screen replacement", price: 4500 },
    { name: "Laptop battery replacement", price: 6500 },
    { name: "Samsung Galaxy A15", price: 19500 },
    { name: "iPhone 11 (refurbished)", price: 38000 },
    { name: "Laptop SSD upgrade, 512 GB", price: 7500 },
    { name: "Data recovery", price: 5000 },
    { name: "Office Wi-Fi setup", price: 2500 },
  ],
  customerTags: ["student", "repair", "gadget-buyer", "small-office", "gamer", "returning"],
  acquisitionChannels: [
    ["walk-in", 4],
    ["instagram", 3],
    ["tiktok", 3],
    ["whatsapp", 3],
    ["referral", 2],
    ["google", 1],
  ],
  dialogues: [
    {
      language: "en",
      offering: "Phone screen replacement",
      turns: [
        { from: "customer", text: "Hi, how much to replace a cracked screen on a Samsung A32?" },
        {
          from: "business",
          text: "Hi {name}, a {offering} for the A32 is {price}, done in 2 hours with a 3-month warranty.",
        },
        { from: "customer", text: "Do I need to leave the phone?" },
        { from: "business", text: "Only for the 2 hours. Back up your data first if you can." },
        { from: "customer", text: "Okay, coming at lunch time." },
        { from: "business", text: "See you! We're at {address}." },
      ],
    },
    {
      language: "sw",
      offering: "Laptop battery replacement",
      turns: [
        { from: "customer", text: "Habari, laptop yangu haiwaki. Mnaweza kuirekebisha?" },
        {
          from: "business",
          text: "Habari {name}, ndiyo. Tutaikagua bure kwanza. Mara nyingi ni betri: {offering} ni {price}.",
        },
        { from: "customer", text: "Sawa, nitaileta kesho asubuhi." },
        { from: "business", text: "Karibu, tunafungua saa mbili." },
      ],
    },
    {
      language: "sheng",
      offering: "Samsung Galaxy A15",
      turns: [
        { from: "customer", text: "Niaje, mko na A15 mpya? Bei ni ngapi last?" },
        {
          from: "business",
          text: "Iko mpya kwa box {name}! {offering} ni {price}, warranty mwaka mzima.",
        },
        { from: "customer", text: "Mnaweza deliver Rongai?" },
        { from: "business", text: "Tunadeliver na boda, ni 300 bob extra. Tuma location." },
        { from: "customer", text: "Fiti, natuma sai." },
      ],
    },
  ],
  campaigns: [
    {
      name: "Back-to-Campus Laptop Deals",
      type: "acquisition",
      channels: ["instagram", "tiktok"],
      language: "sheng",
      message: "Campus inafungua! Laptops refurbished from 28k na warranty. Kam Luthuli uchague.",
      audienceTags: ["student"],
      budget: 20000,
    },
    {
      name: "Screen Repair in 2 Hours",
      type: "whatsapp",
      channels: ["whatsapp"],
      language: "en",
      message:
        "Cracked screen? Most phones fixed in 2 hours with a 3-month warranty. Send your model for a quote.",
      audienceTags: ["repair"],
      budget: 6000,
    },
    {
      name: "Black Friday Phones",
      type: "multi_channel",
      channels: ["sms", "whatsapp", "instagram"],
      language: "en",
      message: "Black Friday: up to 15% off selected Samsung and Tecno phones, this weekend only.",
      audienceTags: ["gadget-buyer", "returning"],
      budget: 30000,
    },
    {
      name: "Old Phone Trade-in",
      type: "whatsapp",
      channels: ["whatsapp"],
      language: "sheng",
      message: "Leta simu yako ya zamani, tukupee discount kwa mpya. Offer ni ya wiki hii.",
      audienceTags: ["gadget-buyer"],
      budget: 5000,
    },
    {
      name: "Small Office Wi-Fi Setup",
      type: "email",
      channels: ["email"],
      language: "en",
      message:
        "Slow Wi-Fi in the office? We set up routers and mesh networks for small offices from KES 2,500.",
      audienceTags: ["small-office"],
      budget: 8000,
    },
  ],
  reviews: [
    { rating: 5, body: "Fixed my screen in under two hours and it looks brand new." },
    { rating: 4, body: "Recovered all my photos from a dead laptop. Not cheap but worth it." },
    { rating: 5, body: "Genuine phone with a receipt and warranty. Delivered to Rongai same day." },
    { rating: 3, body: "Repair was good but took a day longer than promised." },
    { rating: 4, body: "They set up Wi-Fi for our office and explained everything." },
  ],
  bookingServices: [
    "Screen replacement",
    "Laptop diagnosis",
    "Office Wi-Fi site visit",
    "Data recovery",
  ],
  bookingsHavePartySize: false,
  leadNotes: [
    "SACCO office wants 8 laptops and a Wi-Fi setup.",
    "Student group asking for a discount on 5 refurbished laptops.",
    "Cyber cafe owner needs monthly maintenance for 12 PCs.",
    "School wants a quotation for a computer lab.",
    "Customer wants to trade in an iPhone 8.",
  ],
  lostReasons: ["Bought online instead", "Found a cheaper fundi downtown", "Project budget frozen"],
  internalNotes: [
    "Device has water damage: warn the customer before opening.",
    "Customer paid a KES 1,000 deposit for the part.",
    "Part arrives Thursday from the supplier.",
  ],
};
