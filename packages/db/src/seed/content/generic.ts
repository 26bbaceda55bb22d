import type { Dialogue } from "./types";

/** Chats every business has, whatever it sells: where are you, can I pay by M-Pesa. */
export const everydayDialogues: readonly Dialogue[] = [
  {
    language: "en",
    turns: [
      { from: "customer", text: "Hello, where exactly are you located?" },
      {
        from: "business",
        text: "Hi {name}! We're at {address}, {town}. Call us when you get close and we'll guide you.",
      },
      { from: "customer", text: "Thanks, I'll come tomorrow." },
    ],
  },
  {
    language: "en",
    turns: [
      { from: "customer", text: "Can I pay by M-Pesa?" },
      {
        from: "business",
        text: "Yes {name}, we accept M-Pesa, cards and cash. You'll get the M-Pesa message and our receipt.",
      },
      { from: "customer", text: "Great, thanks!" },
    ],
  },
  {
    language: "sw",
    turns: [
      { from: "customer", text: "Habari, mko wapi hasa?" },
      { from: "business", text: "Habari {name}, tuko {address}, {town}. Karibu sana!" },
      { from: "customer", text: "Asante, nitakuja kesho." },
    ],
  },
  {
    language: "sw",
    turns: [
      { from: "customer", text: "Naweza kulipa kwa M-Pesa?" },
      { from: "business", text: "Ndiyo {name}, tunapokea M-Pesa, kadi na pesa taslimu." },
      { from: "customer", text: "Sawa, asante." },
    ],
  },
  {
    language: "sheng",
    turns: [
      { from: "customer", text: "Niaje, mko wapi exactly?" },
      { from: "business", text: "Poa {name}! Tuko {address}, {town}. Ukifika pigia tukuongoze." },
      { from: "customer", text: "Fiti, nakam." },
    ],
  },
  {
    language: "sheng",
    turns: [
      { from: "customer", text: "Mnaaccept M-Pesa?" },
      { from: "business", text: "Eeh {name}, M-Pesa iko poa, hata card." },
      { from: "customer", text: "Sawa basi." },
    ],
  },
];
