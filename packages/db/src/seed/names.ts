import type { Random } from "./random";

// Invented people for invented businesses. Names are common Kenyan ones, grouped by community so
// a Kisumu restaurant's customers sound like Kisumu and a Mombasa hotel's like the coast.

type Community = "kikuyu" | "luo" | "luhya" | "kalenjin" | "kamba" | "coast" | "kisii_meru";

const GIVEN_NAMES: Record<Community, readonly string[]> = {
  kikuyu: [
    "Wanjiku",
    "Njeri",
    "Wambui",
    "Wairimu",
    "Nyambura",
    "Muthoni",
    "Wanjiru",
    "Kamau",
    "Njoroge",
    "Mwangi",
    "Gitau",
    "Waweru",
  ],
  luo: [
    "Achieng",
    "Akinyi",
    "Atieno",
    "Adhiambo",
    "Awino",
    "Anyango",
    "Auma",
    "Otieno",
    "Ochieng",
    "Omondi",
    "Onyango",
    "Owino",
  ],
  luhya: [
    "Nafula",
    "Nekesa",
    "Naliaka",
    "Nasimiyu",
    "Khadambi",
    "Wekesa",
    "Wafula",
    "Barasa",
    "Simiyu",
  ],
  kalenjin: [
    "Chebet",
    "Jepkosgei",
    "Chepkoech",
    "Jeptoo",
    "Cherono",
    "Jelagat",
    "Kiprono",
    "Kipchumba",
    "Kibet",
    "Kiptoo",
  ],
  kamba: [
    "Mwikali",
    "Ndinda",
    "Mutheu",
    "Kalekye",
    "Mumbua",
    "Mutua",
    "Musyoka",
    "Kioko",
    "Mwendwa",
  ],
  coast: [
    "Amina",
    "Fatuma",
    "Halima",
    "Mwanaisha",
    "Zawadi",
    "Rehema",
    "Salim",
    "Omar",
    "Hassan",
    "Juma",
    "Bakari",
    "Rashid",
    "Khamis",
  ],
  kisii_meru: [
    "Kerubo",
    "Moraa",
    "Nyaboke",
    "Kendi",
    "Makena",
    "Gatwiri",
    "Kinyua",
    "Murithi",
    "Nyakundi",
  ],
};

const SURNAMES: Record<Community, readonly string[]> = {
  kikuyu: [
    "Kamau",
    "Njoroge",
    "Mwangi",
    "Kariuki",
    "Githinji",
    "Ngugi",
    "Maina",
    "Wanjohi",
    "Muriuki",
    "Kimani",
    "Ndungu",
    "Wainaina",
    "Macharia",
    "Kinyanjui",
  ],
  luo: [
    "Otieno",
    "Odhiambo",
    "Ochieng",
    "Omondi",
    "Onyango",
    "Owino",
    "Okoth",
    "Ouma",
    "Oduor",
    "Okello",
    "Obiero",
    "Adongo",
  ],
  luhya: [
    "Wekesa",
    "Wafula",
    "Barasa",
    "Simiyu",
    "Wanjala",
    "Khisa",
    "Makokha",
    "Were",
    "Masinde",
    "Shikuku",
    "Mukhwana",
    "Wamalwa",
  ],
  kalenjin: [
    "Rotich",
    "Langat",
    "Koech",
    "Cheruiyot",
    "Kirui",
    "Kiprop",
    "Kemboi",
    "Tanui",
    "Sang",
    "Bett",
    "Chepkwony",
    "Kosgei",
  ],
  kamba: [
    "Mutua",
    "Musyoka",
    "Kioko",
    "Muthoka",
    "Nzioka",
    "Wambua",
    "Mwendwa",
    "Kilonzo",
    "Mutiso",
    "Ndambuki",
    "Kyalo",
  ],
  coast: [
    "Mohamed",
    "Abdalla",
    "Ali",
    "Hamisi",
    "Mwinyi",
    "Bakari",
    "Salim",
    "Kazungu",
    "Charo",
    "Katana",
    "Baya",
    "Karisa",
    "Mwamburi",
  ],
  kisii_meru: [
    "Nyamweya",
    "Ondieki",
    "Mogaka",
    "Nyakundi",
    "Kinyua",
    "Murithi",
    "Mutembei",
    "Kirimi",
    "Gitonga",
    "Mwenda",
  ],
};

// Many Kenyans go by an English first name; the coast's Muslim families mostly do not.
const ENGLISH_GIVEN_NAMES = [
  "Grace",
  "Mercy",
  "Faith",
  "Brian",
  "Kevin",
  "Dennis",
  "Collins",
  "Sharon",
  "Esther",
  "Joy",
  "Purity",
  "Caroline",
  "Peter",
  "John",
  "James",
  "Joseph",
  "Daniel",
  "Samuel",
  "Ann",
  "Mary",
  "Lucy",
  "Eunice",
  "Beatrice",
  "Stephen",
  "Victor",
  "Ian",
  "Cynthia",
  "Lilian",
  "Diana",
  "Moses",
  "Evans",
  "Felix",
  "Winnie",
  "Tabitha",
  "Naomi",
  "Ruth",
  "Edwin",
  "Allan",
  "Sylvia",
  "Irene",
] as const;

export type Region = "nairobi" | "central" | "coast" | "nyanza" | "western" | "rift" | "eastern";

// Who tends to live where: a rough mix, enough for names to feel local.
const REGION_MIX: Record<Region, readonly (readonly [Community, number])[]> = {
  nairobi: [
    ["kikuyu", 5],
    ["luo", 3],
    ["luhya", 3],
    ["kamba", 2],
    ["kalenjin", 2],
    ["kisii_meru", 2],
    ["coast", 1],
  ],
  central: [
    ["kikuyu", 8],
    ["kisii_meru", 2],
    ["kamba", 1],
    ["luo", 1],
    ["luhya", 1],
  ],
  coast: [
    ["coast", 7],
    ["kamba", 2],
    ["luo", 1],
    ["kikuyu", 2],
    ["luhya", 1],
  ],
  nyanza: [
    ["luo", 8],
    ["luhya", 2],
    ["kisii_meru", 2],
    ["kikuyu", 1],
  ],
  western: [
    ["luhya", 8],
    ["luo", 2],
    ["kalenjin", 2],
    ["kikuyu", 1],
  ],
  rift: [
    ["kalenjin", 6],
    ["kikuyu", 4],
    ["luhya", 2],
    ["luo", 1],
    ["kisii_meru", 1],
  ],
  eastern: [
    ["kamba", 7],
    ["kikuyu", 2],
    ["kisii_meru", 2],
    ["luo", 1],
  ],
};

export interface PersonName {
  firstName: string;
  lastName: string;
}

export function personName(random: Random, region: Region): PersonName {
  const community = random.weighted(REGION_MIX[region]);
  const englishShare = community === "coast" ? 0.1 : 0.55;
  const firstName = random.chance(englishShare)
    ? random.pick(ENGLISH_GIVEN_NAMES)
    : random.pick(GIVEN_NAMES[community]);
  let lastName = random.pick(SURNAMES[community]);
  if (lastName === firstName) lastName = random.pick(SURNAMES[community]);
  return { firstName, lastName };
}

export interface Town {
  name: string;
  region: Region;
  /** Estates and neighbourhoods customers give as their location. */
  areas: readonly string[];
}

export const TOWNS = {
  nairobi: {
    name: "Nairobi",
    region: "nairobi",
    areas: [
      "Westlands",
      "Kilimani",
      "Kileleshwa",
      "South B",
      "Embakasi",
      "Kasarani",
      "Roysambu",
      "Lavington",
      "Karen",
      "Eastleigh",
      "Donholm",
      "Umoja",
      "Rongai",
      "Kahawa West",
      "Ruaka",
      "Kitengela",
      "Syokimau",
    ],
  },
  mombasa: {
    name: "Mombasa",
    region: "coast",
    areas: [
      "Nyali",
      "Bamburi",
      "Mtwapa",
      "Kizingo",
      "Tudor",
      "Likoni",
      "Old Town",
      "Shanzu",
      "Changamwe",
      "Mikindani",
    ],
  },
  kisumu: {
    name: "Kisumu",
    region: "nyanza",
    areas: [
      "Milimani",
      "Mamboleo",
      "Nyalenda",
      "Kondele",
      "Manyatta",
      "Riat",
      "Dunga",
      "Tom Mboya",
    ],
  },
  nakuru: {
    name: "Nakuru",
    region: "rift",
    areas: ["Milimani", "Section 58", "Lanet", "Free Area", "Kiamunyi", "Shabab", "Racecourse"],
  },
  eldoret: {
    name: "Eldoret",
    region: "rift",
    areas: ["Elgon View", "Kapsoya", "Langas", "Pioneer", "Kimumu", "West Indies", "Huruma"],
  },
  thika: {
    name: "Thika",
    region: "central",
    areas: ["Makongeni", "Section 9", "Landless", "Ngoingwa", "Kiganjo", "Witeithie"],
  },
  machakos: {
    name: "Machakos",
    region: "eastern",
    areas: ["Mjini", "Katoloni", "Mua", "Athi River", "Kyumbi", "Mumbuni"],
  },
  nyeri: {
    name: "Nyeri",
    region: "central",
    areas: ["Ruring'u", "Kamakwa", "Skuta", "Mathari", "King'ong'o"],
  },
  malindi: {
    name: "Malindi",
    region: "coast",
    areas: ["Casuarina", "Shella", "Barani", "Majengo", "Watamu", "Gede"],
  },
  kakamega: {
    name: "Kakamega",
    region: "western",
    areas: ["Milimani", "Amalemba", "Lurambi", "Shirere", "Sichirai"],
  },
} as const satisfies Record<string, Town>;

export type TownKey = keyof typeof TOWNS;

// Second digit after +2547: Safaricom's 70x-72x/79x/74x dominate, then Airtel's 73x/75x/78x.
const MOBILE_PREFIXES: readonly (readonly [string, number])[] = [
  ["0", 4],
  ["1", 4],
  ["2", 4],
  ["9", 3],
  ["4", 2],
  ["5", 1],
  ["6", 1],
  ["3", 1],
  ["8", 1],
];

/** A Kenyan mobile number in E.164 (+2547XXXXXXXX), the way the apps store phones. */
export function kenyanMobile(random: Random): string {
  return `+2547${random.weighted(MOBILE_PREFIXES)}${random.characters("0123456789", 7)}`;
}

/** Mobile numbers distinct within one list (a customer's phone is unique per business). */
export function distinctMobiles(random: Random, taken: Set<string>): () => string {
  return () => {
    for (;;) {
      const phone = kenyanMobile(random);
      if (!taken.has(phone)) {
        taken.add(phone);
        return phone;
      }
    }
  };
}

/** An address at example.com (reserved for examples), so no demo email can reach anyone. */
export function customerEmail(name: PersonName, random: Random): string {
  const handle = `${name.firstName}.${name.lastName}`.toLowerCase().replace(/[^a-z.]/g, "");
  return `${handle}${random.int(1, 99)}@example.com`;
}
